package io.peerbot.adapter.aws.organizations;

/** AWS Organizations answered with an error: its code (e.g. {@code AccessDeniedException}) and message. */
public final class OrganizationsException extends RuntimeException {
    private final int status;
    private final String code;

    public OrganizationsException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
