package io.peerbot.standin.ec2.model;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A network ACL: numbered entries each way and the subnets it serves. */
public final class StoredNetworkAcl implements Taggable {
    /** A subnet's association with this ACL. */
    public record Association(String associationId, String subnetId) {
    }

    private final String id;
    private final String vpcId;
    private final String ownerId;
    private final String region;
    private final boolean isDefault;
    private final List<StoredAclEntry> entries = new CopyOnWriteArrayList<>();
    private final List<Association> associations = new CopyOnWriteArrayList<>();
    private final Tags tags = new Tags();

    StoredNetworkAcl(String id, String vpcId, String ownerId, String region, boolean isDefault) {
        this.id = id;
        this.vpcId = vpcId;
        this.ownerId = ownerId;
        this.region = region;
        this.isDefault = isDefault;
    }

    @Override
    public String id() {
        return id;
    }

    public String vpcId() {
        return vpcId;
    }

    public String ownerId() {
        return ownerId;
    }

    public String region() {
        return region;
    }

    public boolean isDefault() {
        return isDefault;
    }

    /** Entries, ordered by direction then rule number (the order EC2 evaluates them in). */
    public List<StoredAclEntry> entries() {
        return entries.stream().sorted(Comparator.comparing(StoredAclEntry::egress).thenComparing(StoredAclEntry::ruleNumber))
                .toList();
    }

    public List<Association> associations() {
        return List.copyOf(associations);
    }

    public List<String> subnetIds() {
        return associations.stream().map(Association::subnetId).toList();
    }

    @Override
    public Tags tags() {
        return tags;
    }

    /** Adds or replaces the entry with the same number and direction. */
    public void putEntry(StoredAclEntry entry) {
        entries.removeIf(e -> e.ruleNumber() == entry.ruleNumber() && e.egress() == entry.egress());
        entries.add(entry);
    }

    void addAssociation(Association association) {
        associations.add(association);
    }

    void removeSubnet(String subnetId) {
        associations.removeIf(a -> a.subnetId().equals(subnetId));
    }
}
