package io.peerbot.standin.ec2.model;

/** One rule of a security group, with its {@code sgr-} ID and tags. */
public final class StoredSecurityGroupRule implements Taggable {
    private final String id;
    private final String groupId;
    private final String groupOwnerId;
    private final RuleSpec spec;
    private final Tags tags = new Tags();

    public StoredSecurityGroupRule(String id, String groupId, String groupOwnerId, RuleSpec spec) {
        this.id = id;
        this.groupId = groupId;
        this.groupOwnerId = groupOwnerId;
        this.spec = spec;
    }

    @Override
    public String id() {
        return id;
    }

    public String groupId() {
        return groupId;
    }

    public String groupOwnerId() {
        return groupOwnerId;
    }

    public RuleSpec spec() {
        return spec;
    }

    public boolean isEgress() {
        return spec.egress();
    }

    public String description() {
        return spec.description();
    }

    @Override
    public Tags tags() {
        return tags;
    }

    @Override
    public String toString() {
        return id + (spec.egress() ? " egress " : " ingress ") + spec.ipProtocol() + " " + spec.fromPort() + "-"
                + spec.toPort() + " " + spec.peer() + " \"" + spec.description() + "\"";
    }
}
