package io.peerbot.domain.validation;

import java.util.Locale;

/**
 * The quotas a peering must stay within, with AWS's scopes: active peering connections per VPC, outstanding peering
 * requests per requester account (and region), routes per route table (non-propagated, counted per IP family) and
 * inbound rules per security group (per IP family). The defaults are AWS's default quotas.
 */
public record Quotas(int activePeeringsPerVpc, int outstandingRequestsPerAccount, int routesPerTable,
                     int rulesPerGroup) {

    /** The names {@link #withOverrides} takes, as in {@code PEERBOT_QUOTAS}. */
    public static final String ACTIVE_PEERINGS = "active-peerings-per-vpc";
    public static final String OUTSTANDING_REQUESTS = "outstanding-requests";
    public static final String ROUTES_PER_TABLE = "routes-per-table";
    public static final String RULES_PER_GROUP = "rules-per-group";

    public Quotas {
        if (activePeeringsPerVpc < 1 || outstandingRequestsPerAccount < 1 || routesPerTable < 1 || rulesPerGroup < 1) {
            throw new IllegalArgumentException("every quota is at least 1");
        }
    }

    public static Quotas awsDefaults() {
        return new Quotas(50, 25, 50, 60);
    }

    /**
     * These quotas (e.g. as Service Quotas applies them) with every quota {@code configured} sets apart from AWS's
     * default in its place: {@code PEERBOT_QUOTAS} wins where it says something. A quota configured at exactly
     * AWS's default cannot be told from one left unset, and the applied value is kept.
     */
    public Quotas overriddenBy(Quotas configured) {
        Quotas defaults = awsDefaults();
        return new Quotas(
                pick(configured.activePeeringsPerVpc, defaults.activePeeringsPerVpc, activePeeringsPerVpc),
                pick(configured.outstandingRequestsPerAccount, defaults.outstandingRequestsPerAccount,
                        outstandingRequestsPerAccount),
                pick(configured.routesPerTable, defaults.routesPerTable, routesPerTable),
                pick(configured.rulesPerGroup, defaults.rulesPerGroup, rulesPerGroup));
    }

    private static int pick(int configured, int awsDefault, int applied) {
        return configured != awsDefault ? configured : applied;
    }

    /**
     * These quotas with some replaced, from text such as {@code routes-per-table=100,rules-per-group=120}.
     *
     * @throws IllegalArgumentException naming the part that is not {@code name=number} with a known name
     */
    public Quotas withOverrides(String text) {
        Quotas result = this;
        if (text == null || text.isBlank()) {
            return result;
        }
        for (String part : text.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("has '" + part.trim() + "', which is not name=number, e.g. "
                        + ROUTES_PER_TABLE + "=100");
            }
            String name = pair[0].trim().toLowerCase(Locale.ROOT);
            int value;
            try {
                value = Integer.parseInt(pair[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("gives " + name + " '" + pair[1].trim() + "', which is not a number",
                        e);
            }
            if (value < 1) {
                throw new IllegalArgumentException("gives " + name + " " + value + "; a quota is at least 1");
            }
            result = switch (name) {
                case ACTIVE_PEERINGS -> new Quotas(value, result.outstandingRequestsPerAccount, result.routesPerTable,
                        result.rulesPerGroup);
                case OUTSTANDING_REQUESTS -> new Quotas(result.activePeeringsPerVpc, value, result.routesPerTable,
                        result.rulesPerGroup);
                case ROUTES_PER_TABLE -> new Quotas(result.activePeeringsPerVpc, result.outstandingRequestsPerAccount,
                        value, result.rulesPerGroup);
                case RULES_PER_GROUP -> new Quotas(result.activePeeringsPerVpc, result.outstandingRequestsPerAccount,
                        result.routesPerTable, value);
                default -> throw new IllegalArgumentException("names an unknown quota '" + name + "'; known: " + ACTIVE_PEERINGS
                        + ", " + OUTSTANDING_REQUESTS + ", " + ROUTES_PER_TABLE + ", " + RULES_PER_GROUP);
            };
        }
        return result;
    }
}
