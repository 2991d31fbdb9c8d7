package io.peerbot.adapter.slack.blocks;

import io.peerbot.domain.plan.PlanNote;
import java.util.List;

/** A {@link PlanNote} in words: what a person should know about one side, and what to do about it. */
public final class PlanNoteText {
    private PlanNoteText() {
    }

    public static String of(PlanNote note) {
        if (note instanceof PlanNote.NoSubnets n) {
            return Mrkdwn.code(n.vpcId()) + " has no subnets, so no route table serves one: no routes on this side.";
        } else if (note instanceof PlanNote.NoGroupToOpen n) {
            return "No security group to open in " + Mrkdwn.code(n.vpcId()) + ": none is tagged "
                    + Mrkdwn.code(n.groupTag()) + " and no network interface is in the chosen subnets. Pick the group "
                    + "of what the peer should reach with `--to sg-…` (or `--from sg-…` on the requester side), or tag "
                    + "it (`aws ec2 create-tags --resources sg-… --tags Key=" + n.groupTag()
                    + ",Value=true`); until then this side gets routes only.";
        } else if (note instanceof PlanNote.PickedGroupsGone n) {
            return "The picked groups " + n.groupIds().stream().map(Mrkdwn::code).collect(
                    java.util.stream.Collectors.joining(", ")) + " are no longer in " + Mrkdwn.code(n.vpcId())
                    + ": they get no rules. Ask again with groups that exist.";
        } else if (note instanceof PlanNote.IcmpOverIpv4Only) {
            return "`icmp` is opened from the peer's IPv4 blocks only (ping over IPv6 needs ICMPv6).";
        } else if (note instanceof PlanNote.SubnetsGone n) {
            return "Nothing is planned: `--subnets` lists " + String.join(", ", n.subnetIds().stream().map(Mrkdwn::code)
                    .toList()) + ", which no longer exist" + (n.subnetIds().size() == 1 ? "s" : "")
                    + " in either VPC. Ask again with the current subnets.";
        } else if (note instanceof PlanNote.RouteStays n) {
            return ":warning: In " + Mrkdwn.code(n.routeTableId()) + ", " + Mrkdwn.code(n.route().destination().toString())
                    + " stays on " + RouteWords.route(n.route()) + ": the more specific route wins, so that part of "
                    + Mrkdwn.code(n.range().toString()) + " will not go through the peering.";
        } else if (note instanceof PlanNote.RouteMovesOffPath n) {
            return (n.overridden() ? ":warning: " : ":no_entry: ") + "In " + Mrkdwn.code(n.routeTableId()) + ", "
                    + Mrkdwn.code(n.range().toString()) + " moves off " + RouteWords.route(n.today()) + " ("
                    + RouteWords.path(n.path()) + ") onto the peering"
                    + (n.overridden() ? ", allowed with `--override-routes`." : "; this needs `--override-routes`.");
        } else if (note instanceof PlanNote.DnsAttributesOff n) {
            return "`--dns` needs DNS resolution and DNS hostnames on in both VPCs: in " + Mrkdwn.code(n.vpcId())
                    + " enable " + dnsToEnable(n.dns(), n.vpcId()) + ".";
        } else if (note instanceof PlanNote.DefaultQuotasAssumed n) {
            return "quotas: AWS's defaults in " + Mrkdwn.code(n.location().toString()) + " (and `PEERBOT_QUOTAS`), "
                    + "Service Quotas did not answer: " + n.reason();
        }
        throw new IllegalArgumentException("no words for " + note.getClass().getSimpleName());
    }

    /** One attribute per call, as {@code ModifyVpcAttribute} takes them; resolution first, hostnames need it. */
    private static String dnsToEnable(io.peerbot.domain.network.VpcDns dns, String vpcId) {
        String command = "`aws ec2 modify-vpc-attribute --vpc-id " + vpcId;
        if (!dns.support() && !dns.hostnames()) {
            return "DNS resolution (" + command + " --enable-dns-support`), then DNS hostnames (the same with "
                    + "`--enable-dns-hostnames`)";
        }
        return dns.support() ? "DNS hostnames: " + command + " --enable-dns-hostnames`"
                : "DNS resolution: " + command + " --enable-dns-support`";
    }
}
