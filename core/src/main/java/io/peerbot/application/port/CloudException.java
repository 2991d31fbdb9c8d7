package io.peerbot.application.port;

/**
 * AWS refused or failed a call after retries. {@code code} is AWS's error code
 * (e.g. {@code InvalidVpcID.NotFound}); {@code action} the API action (e.g. {@code CreateRoute}).
 */
public class CloudException extends RuntimeException {
    private final String code;
    private final String action;

    public CloudException(String action, String code, String message, Throwable cause) {
        super(message, cause);
        this.action = action;
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String action() {
        return action;
    }

    /** EC2's {@code UnauthorizedOperation} or STS's {@code AccessDenied}: a permission is missing. */
    public boolean permissionDenied() {
        return "UnauthorizedOperation".equals(code) || "AccessDenied".equals(code)
                || "AccessDeniedException".equals(code);
    }
}
