package io.peerbot.application.doctor;

import java.util.Objects;

/**
 * One finding of {@code peerbot doctor}: what was checked, how it went, and for anything short of fine,
 * precisely what is missing and how to fix it.
 *
 * @param status  fine, not verifiable, or broken
 * @param subject what was checked, e.g. {@code ec2:CreateRoute} or {@code Slack bot token}
 * @param detail  what was found
 * @param fix     how to fix it; empty when fine
 */
public record Check(Status status, String subject, String detail, String fix) {

    public enum Status {
        /** Works. */
        OK("✅"),
        /** Could not be verified without doing it for real; does not fail the doctor. */
        UNVERIFIED("⚠️"),
        /** Missing or broken: the bot will fail where it needs this. */
        FAIL("❌");

        private final String symbol;

        Status(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    public Check {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(subject, "subject");
        detail = detail == null ? "" : detail;
        fix = fix == null ? "" : fix;
    }

    public static Check ok(String subject, String detail) {
        return new Check(Status.OK, subject, detail, "");
    }

    public static Check unverified(String subject, String detail, String fix) {
        return new Check(Status.UNVERIFIED, subject, detail, fix);
    }

    public static Check fail(String subject, String detail, String fix) {
        return new Check(Status.FAIL, subject, detail, fix);
    }

    public boolean failed() {
        return status == Status.FAIL;
    }

    /** {@code ❌ ec2:CreateRoute: not allowed for arn:… — Fix: add …} */
    public String line() {
        StringBuilder line = new StringBuilder(status.symbol()).append(' ').append(subject);
        if (!detail.isEmpty()) {
            line.append(": ").append(detail);
        }
        if (!fix.isEmpty()) {
            line.append(" — Fix: ").append(fix);
        }
        return line.toString();
    }
}
