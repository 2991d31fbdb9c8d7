package io.peerbot.adapter.slack.blocks;

import io.peerbot.domain.chat.SlackIds;
import io.peerbot.domain.network.ResourceIds;
import io.peerbot.domain.network.VpcSummary;
import io.peerbot.domain.validation.Rejection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/** Each {@link Rejection} in words a person can act on: what is wrong, then how to fix it. Slack mrkdwn. */
public final class RejectionText {
    /** How many candidates or matches a message lists at most. */
    static final int MAX_LISTED = 10;

    private RejectionText() {
    }

    public static String of(Rejection rejection) {
        if (rejection instanceof Rejection.UnknownVpc r) {
            return unknownVpc(r);
        } else if (rejection instanceof Rejection.AmbiguousVpc r) {
            return ambiguousVpc(r);
        } else if (rejection instanceof Rejection.SameVpc r) {
            return "Both VPCs are " + code(r.vpc()) + ": a peering connects two different VPCs. Name the other VPC "
                    + "second, e.g. `/peer app-vpc db-vpc`.";
        } else if (rejection instanceof Rejection.TextTooLongToKeep r) {
            return "`" + r.option() + "` is too long to be kept whole with the peering in AWS (" + r.characters()
                    + " characters): a tag holds 256, where letters, digits, spaces and `+-._:/@` count one each and"
                    + " any other character 3 to 12. Shorten it; nothing was created.";
        } else if (rejection instanceof Rejection.OverlappingCidrs r) {
            return overlapping(r);
        } else if (rejection instanceof Rejection.ExistingPeering r) {
            String where = r.threadLink() == null ? " (made outside peerbot: see it in the AWS console)"
                    : " — see <" + r.threadLink() + "|its thread>";
            return "These VPCs already have a peering: " + code(r.pcxId()) + " is " + r.status().code() + where
                    + ". Use `/peer status " + r.pcxId() + "` to see it; to replace it, delete it first (`/peer delete "
                    + r.pcxId() + "`).";
        } else if (rejection instanceof Rejection.RequestUnderway r) {
            String card = r.cardLink().isEmpty() ? "" : " — see <" + r.cardLink() + "|their request>";
            String who = r.askedBy().isEmpty() ? "Someone else" : "<@" + r.askedBy() + ">";
            return who + " is requesting a peering between " + code(r.requesterVpc()) + " and "
                    + code(r.accepterVpc()) + " right now" + card + ". AWS allows one peering between two VPCs, so "
                    + "nothing was done for this one; approve or follow that request instead.";
        } else if (rejection instanceof Rejection.QuotaReached r) {
            return code(r.resourceId()) + " has " + r.inUse() + " " + r.quota() + " and this peering needs "
                    + r.needed() + " more, over the limit of " + r.limit() + ". Remove some that are no longer needed, "
                    + "or ask for a higher quota in the Service Quotas console (Amazon Virtual Private Cloud).";
        } else if (rejection instanceof Rejection.RouteConflict r) {
            return routeConflict(r);
        } else if (rejection instanceof Rejection.MovesTrafficOffPath r) {
            return "In " + code(r.routeTableId()) + ", " + code(r.range().toString()) + " goes today by "
                    + RouteWords.route(r.today()) + " (" + RouteWords.path(r.path()) + "); the peering's more specific "
                    + "route would move it onto the peering, off that path. If that is intended, ask again with "
                    + "`--override-routes`; otherwise narrow the peering with `--subnets` or change the route first.";
        } else if (rejection instanceof Rejection.UnknownSubnets r) {
            return "`--subnets` names subnets in neither VPC: " + r.subnetIds().stream().map(RejectionText::code)
                    .collect(Collectors.joining(", ")) + ". List a VPC's subnets with `aws ec2 describe-subnets "
                    + "--filters Name=vpc-id,Values=<vpc-id>`, or leave out `--subnets` to use every subnet.";
        } else if (rejection instanceof Rejection.UnknownGroups r) {
            return unknownGroups(r);
        } else if (rejection instanceof Rejection.SourceGroupsAcrossRegions r) {
            return "`--source-groups` works within one region only: the requester is in " + code(r.requesterRegion())
                    + " and the accepter in " + code(r.accepterRegion()) + ", and a rule can name a peered VPC's "
                    + "group only in the same region. Leave out `--source-groups` to allow the peer's address blocks "
                    + "(narrowed with `--subnets`).";
        } else if (rejection instanceof Rejection.NoOwner r) {
            return noOwner(r);
        } else if (rejection instanceof Rejection.ChannelNotAllowed r) {
            return channelNotAllowed(r);
        } else if (rejection instanceof Rejection.AccountNotAllowed r) {
            return code(r.reference()) + " is in account " + code(r.account()) + ", which is not one of the "
                    + "organisation's accounts peerbot may act in. Name a VPC in an allowed account, or ask an admin to "
                    + "add " + code(r.account()) + " to `PEERBOT_ACCOUNTS` (or, where that is `organization`, to the "
                    + "AWS Organization).";
        } else if (rejection instanceof Rejection.MissingPermission r) {
            return "peerbot may not call " + code(r.action()) + " in " + code(r.location()) + ". Ask that account's "
                    + "admins to allow " + code(r.action()) + " for the role peerbot uses there "
                    + "(`PEERBOT_ASSUME_ROLE`), then try again.";
        }
        throw new IllegalArgumentException("no words for " + rejection.getClass().getSimpleName());
    }

    private static String unknownGroups(Rejection.UnknownGroups r) {
        String side = r.option().equals("--to") ? "the accepter" : "the requester";
        String which = r.groupIds().stream().map(id -> code(id) + (r.elsewhere().containsKey(id)
                ? " (in " + code(r.elsewhere().get(id)) + ", the other VPC)" : "")).collect(Collectors.joining(", "));
        return code(r.option()) + " picks groups of " + side + ", " + code(r.vpc()) + ", and " + which
                + (r.groupIds().size() == 1 ? " is" : " are") + " not one of its groups. List them with "
                + "`aws ec2 describe-security-groups --filters Name=vpc-id,Values=<vpc-id>`"
                + (r.option().equals("--to") ? "; the requester's groups go in `--from`." : "; the accepter's go in `--to`.");
    }

    private static String unknownVpc(Rejection.UnknownVpc r) {
        String head = "No VPC " + code(r.reference()) + " found in the accounts and regions peerbot can reach.";
        String fix = "Use the VPC id or its exact `Name` tag, qualified as `account:region:name` when it is in "
                + "another account or region.";
        return r.candidates().isEmpty() ? head + " " + fix
                : head + " Did you mean one of these?\n" + listed(r.candidates()) + "\n" + fix;
    }

    private static String ambiguousVpc(Rejection.AmbiguousVpc r) {
        String example = r.matches().isEmpty() ? code("account:region:" + r.reference())
                : code(r.matches().get(0).location() + ":" + r.matches().get(0).name().orElse(r.matches().get(0).id()));
        return code(r.reference()) + " matches " + r.matches().size() + " VPCs:\n" + listed(r.matches())
                + "\nUse the VPC id, or qualify the name with its account and region, e.g. " + example + ".";
    }

    private static String overlapping(Rejection.OverlappingCidrs r) {
        String overlaps = r.pairs().stream().map(p -> code(p[0].toString()) + " (" + r.requesterVpc() + ") overlaps "
                + code(p[1].toString()) + " (" + r.accepterVpc() + ")").collect(Collectors.joining("; "));
        return code(r.requesterVpc()) + " and " + code(r.accepterVpc()) + " cannot be peered: " + overlaps
                + ". AWS does not peer VPCs whose address blocks overlap. If an overlapping block is an unused "
                + "secondary block, disassociate it (`aws ec2 disassociate-vpc-cidr-block`); otherwise renumber "
                + "one VPC, or connect the services another way (e.g. AWS PrivateLink).";
    }

    private static String routeConflict(Rejection.RouteConflict r) {
        String flag = r.destination().ipv6() ? "--destination-ipv6-cidr-block" : "--destination-cidr-block";
        return "Route table " + code(r.routeTableId()) + " already sends " + code(r.destination().toString()) + " to "
                + code(r.existingTarget()) + ", so the route through the peering cannot be added. If that route is "
                + "stale (e.g. a blackhole left by an old peering), delete it: `aws ec2 delete-route --route-table-id "
                + r.routeTableId() + " " + flag + " " + r.destination() + "`; otherwise leave the subnets this table "
                + "serves out with `--subnets`.";
    }

    private static String noOwner(Rejection.NoOwner r) {
        Matcher id = ResourceIds.VPC.matcher(r.vpc());
        String resource = id.find() ? id.group() : "<vpc-id>";
        String file = r.ownersFile() == null || r.ownersFile().isBlank() ? ""
                : ", or add it to the owners file " + code(r.ownersFile());
        return code(r.vpc()) + " has no owner, so no one can approve for it. Set its `peerbot:owner` tag to Slack "
                + "user ids or e-mail addresses (`aws ec2 create-tags --resources " + resource
                + " --tags Key=peerbot:owner,Value=U123ABC`)" + file + ", then ask again.";
    }

    private static String channelNotAllowed(Rejection.ChannelNotAllowed r) {
        String here = "peerbot does not act in " + channel(r.channel()) + ".";
        if (r.allowed().isEmpty()) {
            return here + " No channel is allowed yet: an admin lists them in `PEERBOT_ALLOWED_CHANNELS`.";
        }
        return here + " Use " + r.allowed().stream().map(RejectionText::channel).collect(Collectors.joining(", "))
                + ", or ask an admin to add this channel to `PEERBOT_ALLOWED_CHANNELS`.";
    }

    private static String listed(List<VpcSummary> vpcs) {
        String list = vpcs.stream().limit(MAX_LISTED).map(v -> "• " + v.name().map(n -> code(n) + " ").orElse("")
                + code(v.id()) + " (" + v.location() + ")").collect(Collectors.joining("\n"));
        return vpcs.size() > MAX_LISTED ? list + "\n…and " + (vpcs.size() - MAX_LISTED) + " more" : list;
    }

    /** A channel id becomes a link Slack shows by name; a name stays a name. */
    static String channel(String channel) {
        return SlackIds.CHANNEL.matcher(channel).matches() ? "<#" + channel + ">"
                : channel.startsWith("#") ? channel : "#" + channel;
    }

    /** Names come from people and AWS tags: escaped, so they cannot mention or link. */
    private static String code(String text) {
        return Mrkdwn.code(text);
    }
}
