package io.peerbot.standin.ec2.http;

import java.nio.charset.StandardCharsets;

/** What the stand-in answers: status, content type and body. */
public record AwsResponse(int status, String contentType, byte[] body) {

    public static AwsResponse xml(int status, String xml) {
        return new AwsResponse(status, "text/xml;charset=UTF-8", xml.getBytes(StandardCharsets.UTF_8));
    }

    public static AwsResponse json(int status, String json) {
        return new AwsResponse(status, "application/x-amz-json-1.1", json.getBytes(StandardCharsets.UTF_8));
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
