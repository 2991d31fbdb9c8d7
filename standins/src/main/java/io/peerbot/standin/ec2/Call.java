package io.peerbot.standin.ec2;

import java.time.Instant;

/**
 * One API call the stand-in answered.
 *
 * @param account    the calling account, null when the credentials were not recognised
 * @param mutating   true for an action that changes state (anything but Describe*, Get*, List*) sent without DryRun,
 *                   whatever its outcome
 * @param status     the HTTP status answered
 * @param errorCode  the error code answered, null on success
 */
public record Call(Instant at, String service, String account, String region, String action, String callerArn,
                   boolean mutating, boolean dryRun, int status, String errorCode) {

    public boolean succeeded() {
        return errorCode == null;
    }

    public boolean throttled() {
        return "RequestLimitExceeded".equals(errorCode) || "Throttling".equals(errorCode);
    }
}
