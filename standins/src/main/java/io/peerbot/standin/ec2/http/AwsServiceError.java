package io.peerbot.standin.ec2.http;

/** An error answer of an AWS service: HTTP status, error code and message, rendered by the service's protocol. */
public class AwsServiceError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public AwsServiceError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    /** A client error (HTTP 400). */
    public static AwsServiceError client(String code, String message) {
        return new AwsServiceError(400, code, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
