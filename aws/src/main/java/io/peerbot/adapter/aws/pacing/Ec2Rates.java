package io.peerbot.adapter.aws.pacing;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The bucket size and refill rate the bot paces each EC2 category to, or none at all.
 * {@code PEERBOT_EC2_RATE} overrides the documented ones per category, for accounts whose limits AWS raised:
 * {@code mutating=400/10,non-mutating=200/40}; {@code off} sends every call at once (EC2 then throttles).
 */
public final class Ec2Rates {
    private final Map<Ec2ActionCategory, Ec2Rate> rates;

    private Ec2Rates(Map<Ec2ActionCategory, Ec2Rate> rates) {
        this.rates = rates;
    }

    /** EC2's documented request-token buckets. */
    public static Ec2Rates documented() {
        Map<Ec2ActionCategory, Ec2Rate> rates = new EnumMap<>(Ec2ActionCategory.class);
        for (Ec2ActionCategory category : Ec2ActionCategory.values()) {
            rates.put(category, category.documented());
        }
        return new Ec2Rates(rates);
    }

    /** No pacing: every call is sent at once. */
    public static Ec2Rates off() {
        return new Ec2Rates(Map.of());
    }

    /** Every category at one rate (tests, benchmarks). */
    public static Ec2Rates all(Ec2Rate rate) {
        Map<Ec2ActionCategory, Ec2Rate> rates = new EnumMap<>(Ec2ActionCategory.class);
        for (Ec2ActionCategory category : Ec2ActionCategory.values()) {
            rates.put(category, rate);
        }
        return new Ec2Rates(rates);
    }

    /**
     * The value of {@code PEERBOT_EC2_RATE}: empty or absent, the documented rates; {@code off}; or
     * {@code category=capacity/refill} pairs separated by commas over the documented rates.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Ec2Rates parse(String text) {
        if (text == null || text.isBlank()) {
            return documented();
        }
        if (text.trim().equalsIgnoreCase("off")) {
            return off();
        }
        Map<Ec2ActionCategory, Ec2Rate> rates = new EnumMap<>(documented().rates);
        for (String pair : text.split(",")) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("expected category=capacity/refill, e.g. mutating=200/5: " + pair);
            }
            rates.put(category(parts[0].trim().toLowerCase(Locale.ROOT)), Ec2Rate.parse(parts[1]));
        }
        return new Ec2Rates(rates);
    }

    private static Ec2ActionCategory category(String key) {
        for (Ec2ActionCategory category : Ec2ActionCategory.values()) {
            if (category.key().equals(key)) {
                return category;
            }
        }
        throw new IllegalArgumentException("unknown EC2 throttling category " + key
                + " (non-mutating, unfiltered, mutating, resource-intensive)");
    }

    /** The rate of a category; empty when the bot does not pace it. */
    public Optional<Ec2Rate> of(Ec2ActionCategory category) {
        return Optional.ofNullable(rates.get(category));
    }

    public boolean paced() {
        return !rates.isEmpty();
    }

    @Override
    public String toString() {
        return rates.isEmpty() ? "off" : rates.toString();
    }
}
