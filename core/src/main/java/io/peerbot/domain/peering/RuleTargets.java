package io.peerbot.domain.peering;

import java.util.List;

/**
 * Which groups get a peering's rules and from what: {@code to} picks the accepter's groups, {@code from} the
 * requester's (for the mirror rules and as the sources of {@code --source-groups}); empty means "the groups of the
 * network interfaces in the chosen subnets, or those tagged {@code peerbot:group}". {@code bothWays} adds the mirror
 * rules on the requester's side; {@code sourceGroups} uses the peer's groups as sources instead of its blocks.
 */
public record RuleTargets(List<String> to, List<String> from, boolean bothWays, boolean sourceGroups) {
    /** One way, from blocks, to the groups found in the subnets. */
    public static final RuleTargets DEFAULT = new RuleTargets(List.of(), List.of(), false, false);

    public RuleTargets {
        to = List.copyOf(to);
        from = List.copyOf(from);
    }

    public boolean isDefault() {
        return equals(DEFAULT);
    }

    /** The groups picked on one side: {@code --from} for the requester, {@code --to} for the accepter. */
    public List<String> picked(Side side) {
        return side == Side.REQUESTER ? from : to;
    }
}
