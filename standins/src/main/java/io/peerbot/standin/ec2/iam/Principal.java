package io.peerbot.standin.ec2.iam;

/** Who is calling: an IAM user's long-term key or an assumed role's temporary credentials. */
public record Principal(String account, String arn, String userId) {
}
