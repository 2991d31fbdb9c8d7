package io.peerbot.standin.ec2.model;

import java.util.List;

/**
 * Creates resources in one account and region with the rules EC2 applies: a VPC comes with its main route table,
 * default network ACL and default security group; a subnet starts on the main route table and the default ACL; a
 * new route table has the VPC's local routes. Invalid requests throw {@link IllegalArgumentException}.
 */
public final class ResourceFactory {
    private final World world;
    private final RegionState region;

    ResourceFactory(World world, RegionState region) {
        this.world = world;
        this.region = region;
    }

    /** Creates a VPC with its main route table, default network ACL and default security group. */
    public StoredVpc createVpc(String primaryCidr) {
        synchronized (world) {
            String cidr = requireCidr(primaryCidr, false);
            StoredVpc vpc = new StoredVpc(world.ids().next("vpc"), region.account(), region.region(), world.ids().next("dopt"));
            vpc.addCidr(new StoredCidrAssociation(world.ids().next("vpc-cidr-assoc"), cidr), false);
            region.put(vpc);
            StoredRouteTable main = createRouteTable(vpc);
            main.addAssociation(new StoredRouteTableAssociation(world.ids().next("rtbassoc"), null, true));
            createNetworkAcl(vpc, true);
            StoredSecurityGroup group = createSecurityGroup(vpc, "default", "default VPC security group");
            addRule(group, new RuleSpec(false, "-1", null, null, null, null, group.id(), region.account(), null));
            return vpc;
        }
    }

    /** Associates another IPv4 or IPv6 block with a VPC and adds its local route to every route table of the VPC. */
    public StoredCidrAssociation associateVpcCidr(StoredVpc vpc, String block) {
        synchronized (world) {
            boolean v6 = Cidrs.isIpv6(block);
            String cidr = requireCidr(block, v6);
            for (String existing : vpc.allCidrBlocks()) {
                if (Cidrs.overlap(existing, cidr)) {
                    throw new IllegalArgumentException(cidr + " overlaps " + existing + " of " + vpc.id());
                }
            }
            StoredCidrAssociation association = new StoredCidrAssociation(world.ids().next("vpc-cidr-assoc"), cidr);
            vpc.addCidr(association, v6);
            region.routeTables().stream().filter(t -> t.vpcId().equals(vpc.id()))
                    .forEach(t -> t.addRoute(StoredRoute.local(cidr)));
            if (v6 && vpc.ipv6CidrBlocks().size() == 1) {
                StoredNetworkAcl acl = region.defaultNetworkAcl(vpc.id());
                for (boolean egress : new boolean[] {false, true}) {
                    acl.putEntry(new StoredAclEntry(101, egress, "-1", "allow", null, "::/0", null, null));
                    acl.putEntry(new StoredAclEntry(32768, egress, "-1", "deny", null, "::/0", null, null));
                }
                StoredSecurityGroup group = region.defaultSecurityGroup(vpc.id());
                addRule(group, RuleSpec.egress("-1", null, null, "::/0", null));
            }
            return association;
        }
    }

    /** Creates a subnet in a VPC, on the main route table and the default network ACL. */
    public StoredSubnet createSubnet(StoredVpc vpc, String block, String availabilityZone) {
        synchronized (world) {
            String cidr = requireCidr(block, false);
            if (vpc.cidrBlocks().stream().noneMatch(v -> Cidrs.contains(v, cidr))) {
                throw new IllegalArgumentException(cidr + " is not within the blocks of " + vpc.id() + ": "
                        + vpc.cidrBlocks());
            }
            region.subnets().stream().filter(s -> s.vpcId().equals(vpc.id()) && Cidrs.overlap(s.cidrBlock(), cidr))
                    .findFirst().ifPresent(s -> {
                        throw new IllegalArgumentException(cidr + " overlaps subnet " + s.id() + " " + s.cidrBlock());
                    });
            StoredSubnet subnet = new StoredSubnet(world.ids().next("subnet"), vpc.id(), region.account(), region.region(),
                    availabilityZone, cidr);
            region.put(subnet);
            region.defaultNetworkAcl(vpc.id()).addAssociation(
                    new StoredNetworkAcl.Association(world.ids().next("aclassoc"), subnet.id()));
            return subnet;
        }
    }

    /** Attaches an internet gateway to a VPC. */
    public void attachInternetGateway(StoredVpc vpc, String igwId) {
        synchronized (world) {
            vpc.addInternetGateway(igwId);
        }
    }

    /** Gives a subnet an IPv6 block inside one of its VPC's IPv6 blocks. */
    public void associateSubnetIpv6(StoredSubnet subnet, String block) {
        synchronized (world) {
            String cidr = requireCidr(block, true);
            StoredVpc vpc = region.findVpc(subnet.vpcId()).orElseThrow();
            if (vpc.ipv6CidrBlocks().stream().noneMatch(v -> Cidrs.contains(v, cidr))) {
                throw new IllegalArgumentException(cidr + " is not within the IPv6 blocks of " + vpc.id());
            }
            subnet.setIpv6(new StoredCidrAssociation(world.ids().next("subnet-cidr-assoc"), cidr));
        }
    }

    /** Creates a route table with the VPC's local routes and no associations. */
    public StoredRouteTable createRouteTable(StoredVpc vpc) {
        synchronized (world) {
            StoredRouteTable table = new StoredRouteTable(world.ids().next("rtb"), vpc.id(), region.account(), region.region());
            vpc.allCidrBlocks().forEach(c -> table.addRoute(StoredRoute.local(c)));
            region.put(table);
            return table;
        }
    }

    /** Associates a subnet with a route table, ending its association with any other table. */
    public StoredRouteTableAssociation associateRouteTable(StoredRouteTable table, StoredSubnet subnet) {
        synchronized (world) {
            requireSameVpc(table.vpcId(), subnet);
            region.routeTables().forEach(t -> t.removeSubnetAssociation(subnet.id()));
            StoredRouteTableAssociation association =
                    new StoredRouteTableAssociation(world.ids().next("rtbassoc"), subnet.id(), false);
            table.addAssociation(association);
            return association;
        }
    }

    /** Creates a security group that allows all outbound IPv4 traffic and no inbound traffic. */
    public StoredSecurityGroup createSecurityGroup(StoredVpc vpc, String name, String description) {
        synchronized (world) {
            boolean taken = region.securityGroups().stream()
                    .anyMatch(g -> g.vpcId().equals(vpc.id()) && g.groupName().equals(name));
            if (taken) {
                throw new IllegalArgumentException("a security group named " + name + " exists in " + vpc.id());
            }
            StoredSecurityGroup group = new StoredSecurityGroup(world.ids().next("sg"), name, description, vpc.id(),
                    region.account(), region.region());
            region.put(group);
            addRule(group, RuleSpec.egress("-1", null, null, "0.0.0.0/0", null));
            return group;
        }
    }

    /** Adds a rule with a new {@code sgr-} ID; the caller has checked for duplicates and limits. */
    public StoredSecurityGroupRule addRule(StoredSecurityGroup group, RuleSpec spec) {
        synchronized (world) {
            StoredSecurityGroupRule rule = new StoredSecurityGroupRule(world.ids().next("sgr"), group.id(), region.account(), spec);
            group.addRule(rule);
            return rule;
        }
    }

    /**
     * Creates a network ACL. The default ACL allows all traffic (rule 100) before the final deny; any other ACL
     * starts with the final deny only, as in EC2.
     */
    public StoredNetworkAcl createNetworkAcl(StoredVpc vpc, boolean isDefault) {
        synchronized (world) {
            StoredNetworkAcl acl = new StoredNetworkAcl(world.ids().next("acl"), vpc.id(), region.account(), region.region(),
                    isDefault);
            for (boolean egress : new boolean[] {false, true}) {
                if (isDefault) {
                    acl.putEntry(new StoredAclEntry(100, egress, "-1", "allow", "0.0.0.0/0", null, null, null));
                }
                acl.putEntry(new StoredAclEntry(32767, egress, "-1", "deny", "0.0.0.0/0", null, null, null));
            }
            region.put(acl);
            return acl;
        }
    }

    /** Moves a subnet to a network ACL. */
    public void associateNetworkAcl(StoredNetworkAcl acl, StoredSubnet subnet) {
        synchronized (world) {
            requireSameVpc(acl.vpcId(), subnet);
            region.networkAcls().forEach(a -> a.removeSubnet(subnet.id()));
            acl.addAssociation(new StoredNetworkAcl.Association(world.ids().next("aclassoc"), subnet.id()));
        }
    }

    /**
     * Deletes a subnet as its owner would after terminating what ran in it: its instances go, and so do its route
     * table and network ACL associations.
     */
    public void deleteSubnet(StoredSubnet subnet) {
        synchronized (world) {
            region.instances().stream().filter(i -> i.subnetId().equals(subnet.id())).forEach(region::remove);
            region.routeTables().forEach(t -> t.removeSubnetAssociation(subnet.id()));
            region.networkAcls().forEach(a -> a.removeSubnet(subnet.id()));
            region.remove(subnet);
        }
    }

    /** Launches a running instance in a subnet with the VPC's default security group. */
    public StoredInstance createInstance(StoredSubnet subnet, String privateIp) {
        synchronized (world) {
            if (!Cidrs.contains(subnet.cidrBlock(), privateIp)) {
                throw new IllegalArgumentException(privateIp + " is not in subnet " + subnet.id() + " "
                        + subnet.cidrBlock());
            }
            StoredInstance instance = new StoredInstance(world.ids().next("i"), world.ids().next("r"), region.account(),
                    region.region(), subnet.vpcId(), subnet.id(), subnet.availabilityZone(), privateIp, world.now());
            instance.setSecurityGroupIds(List.of(region.defaultSecurityGroup(subnet.vpcId()).id()));
            region.put(instance);
            // the instance's id with another prefix: ids drawn for other resources stay as they were
            region.put(new StoredNetworkInterface(instance.id().replace("i-", "eni-"), region.account(), region.region(),
                    subnet,
                    privateIp, instance, "interface", null, false, "", null));
            return instance;
        }
    }

    /**
     * An interface an AWS service made in a subnet, as EC2 describes it: e.g. an RDS database's
     * ({@code interface}, requester {@code amazon-rds}, "RDSNetworkInterface"), a Lambda function's ({@code lambda}),
     * a load balancer's ({@code amazon-elb}, "ELB app/name/id"), an endpoint's ({@code vpc_endpoint}). It starts with
     * the VPC's default group.
     */
    public StoredNetworkInterface createServiceInterface(StoredSubnet subnet, String privateIp, String interfaceType,
                                                         String requesterId, String description,
                                                         String serviceAccount) {
        synchronized (world) {
            if (!Cidrs.contains(subnet.cidrBlock(), privateIp)) {
                throw new IllegalArgumentException(privateIp + " is not in subnet " + subnet.id() + " "
                        + subnet.cidrBlock());
            }
            StoredNetworkInterface eni = new StoredNetworkInterface(world.ids().next("eni"), region.account(),
                    region.region(), subnet, privateIp, null, interfaceType, requesterId, true, description,
                    serviceAccount);
            eni.setSecurityGroupIds(List.of(region.defaultSecurityGroup(subnet.vpcId()).id()));
            region.put(eni);
            return eni;
        }
    }

    private static void requireSameVpc(String vpcId, StoredSubnet subnet) {
        if (!vpcId.equals(subnet.vpcId())) {
            throw new IllegalArgumentException(subnet.id() + " is in " + subnet.vpcId() + ", not " + vpcId);
        }
    }

    private static String requireCidr(String block, boolean ipv6) {
        String cidr = Cidrs.canonical(block);
        if (Cidrs.isIpv6(cidr) != ipv6) {
            throw new IllegalArgumentException("expected an " + (ipv6 ? "IPv6" : "IPv4") + " block: " + block);
        }
        return cidr;
    }
}
