package io.peerbot.domain.map;

/**
 * A VPC peered with several others, some of which are not peered with each other: people tend to assume they
 * reach each other through it. {@code peers}: how many it is actively peered with; {@code unlinkedPairs}: how
 * many pairs of those have no peering of their own.
 */
public record Hub(MapVpc vpc, int peers, int unlinkedPairs) {
}
