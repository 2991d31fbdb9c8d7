package io.peerbot.application.engine;

import io.peerbot.domain.plan.PeerbotRules;
import io.peerbot.domain.plan.RuleChange;

/** How the engine labels the security group rules it adds, in AWS and in its reports. */
public final class RuleLabels {
    private RuleLabels() {
    }

    /** The rule's description in AWS, naming the peering: {@code peerbot pcx-0abc…}. */
    public static String description(String pcxId) {
        return PeerbotRules.description(pcxId);
    }

    /** How a rule is named in {@link ApplyListener#rulesAdded}: {@code sg-…: tcp:5432 from 10.0.0.0/16}. */
    public static String key(RuleChange rule) {
        return rule.groupId() + ": " + rule.ports() + " from " + rule.sourceText();
    }
}
