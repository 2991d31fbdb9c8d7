package io.peerbot.domain.policy;

/** Which peerings a rule applies to, by their two VPCs. */
public sealed interface RuleScope {
    boolean covers(VpcFacts requester, VpcFacts accepter);

    /** Whether the rule can apply to a peering with this VPC on some side (for {@code /peer policy <vpc>}). */
    boolean mentions(VpcFacts vpc);

    /** Every peering. */
    record Everywhere() implements RuleScope {
        @Override
        public boolean covers(VpcFacts requester, VpcFacts accepter) {
            return true;
        }

        @Override
        public boolean mentions(VpcFacts vpc) {
            return true;
        }
    }

    /** A peering with a matching VPC on either side. */
    record EitherSide(VpcSelector vpc) implements RuleScope {
        @Override
        public boolean covers(VpcFacts requester, VpcFacts accepter) {
            return vpc.matches(requester) || vpc.matches(accepter);
        }

        @Override
        public boolean mentions(VpcFacts vpc) {
            return this.vpc.matches(vpc);
        }
    }

    /** A peering whose requester (or accepter, {@code requesterSide} false) matches. */
    record OneSide(boolean requesterSide, VpcSelector vpc) implements RuleScope {
        @Override
        public boolean covers(VpcFacts requester, VpcFacts accepter) {
            return vpc.matches(requesterSide ? requester : accepter);
        }

        @Override
        public boolean mentions(VpcFacts vpc) {
            return this.vpc.matches(vpc);
        }
    }

    /** A peering between a VPC matching {@code one} and a VPC matching {@code other}, in either direction. */
    record Between(VpcSelector one, VpcSelector other) implements RuleScope {
        @Override
        public boolean covers(VpcFacts requester, VpcFacts accepter) {
            return one.matches(requester) && other.matches(accepter) || other.matches(requester) && one.matches(accepter);
        }

        @Override
        public boolean mentions(VpcFacts vpc) {
            return one.matches(vpc) || other.matches(vpc);
        }
    }
}
