package io.peerbot.adapter.aws.pacing;

/** One EC2 request-token bucket: how many requests it holds and how many it gains a second. */
public record Ec2Rate(int capacity, double refillPerSecond) {
    public Ec2Rate {
        if (capacity < 1 || !(refillPerSecond > 0)) {
            throw new IllegalArgumentException("a bucket holds at least one token and refills: " + capacity + "/"
                    + refillPerSecond);
        }
    }

    /** {@code 100/20}: capacity, a slash, tokens a second. */
    static Ec2Rate parse(String text) {
        String[] parts = text.trim().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected capacity/refill-per-second, e.g. 100/20: " + text);
        }
        try {
            return new Ec2Rate(Integer.parseInt(parts[0].trim()), Double.parseDouble(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected capacity/refill-per-second, e.g. 100/20: " + text, e);
        }
    }
}
