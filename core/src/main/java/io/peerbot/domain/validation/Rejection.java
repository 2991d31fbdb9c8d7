package io.peerbot.domain.validation;

import io.peerbot.domain.chat.SlackIds;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.ResourceIds;
import io.peerbot.domain.network.VpcSummary;
import io.peerbot.domain.peering.PeeringStatus;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * Why a request cannot go ahead. Each kind says what is wrong and how to fix it, in words a person
 * can act on; nothing in AWS has changed when one is returned.
 */
public sealed interface Rejection {
    /** How many candidates or matches a message lists at most. */
    int MAX_LISTED = 10;

    /** The message for the person who typed or clicked (Slack mrkdwn allowed). */
    String message();

    record UnknownVpc(String reference, List<VpcSummary> candidates) implements Rejection {
        public String message() {
            String head = "No VPC `" + reference + "` found in the accounts and regions peerbot can reach.";
            String fix = "Use the VPC id or its exact `Name` tag, qualified as `account:region:name` when it is in "
                    + "another account or region.";
            return candidates.isEmpty() ? head + " " + fix
                    : head + " Did you mean one of these?\n" + listed(candidates) + "\n" + fix;
        }
    }

    record AmbiguousVpc(String reference, List<VpcSummary> matches) implements Rejection {
        public String message() {
            String example = matches.isEmpty() ? "`account:region:" + reference + "`"
                    : "`" + matches.get(0).location() + ":" + matches.get(0).name().orElse(matches.get(0).id()) + "`";
            return "`" + reference + "` matches " + matches.size() + " VPCs:\n" + listed(matches)
                    + "\nUse the VPC id, or qualify the name with its account and region, e.g. " + example + ".";
        }
    }

    record SameVpc(String vpc) implements Rejection {
        public String message() {
            return "Both VPCs are `" + vpc + "`: a peering connects two different VPCs. Name the other VPC second, "
                    + "e.g. `/peer app-vpc db-vpc`.";
        }
    }

    record OverlappingCidrs(String requesterVpc, String accepterVpc, List<Cidr[]> pairs) implements Rejection {
        public String message() {
            String overlaps = pairs.stream().map(p -> "`" + p[0] + "` (" + requesterVpc + ") overlaps `" + p[1] + "` ("
                    + accepterVpc + ")").collect(Collectors.joining("; "));
            return "`" + requesterVpc + "` and `" + accepterVpc + "` cannot be peered: " + overlaps
                    + ". AWS does not peer VPCs whose address blocks overlap. If an overlapping block is an unused "
                    + "secondary block, disassociate it (`aws ec2 disassociate-vpc-cidr-block`); otherwise renumber "
                    + "one VPC, or connect the services another way (e.g. AWS PrivateLink).";
        }
    }

    /** {@code threadLink} may be null when the peering was not made by peerbot. */
    record ExistingPeering(String pcxId, PeeringStatus status, String threadLink) implements Rejection {
        public String message() {
            String where = threadLink == null ? " (made outside peerbot: see it in the AWS console)"
                    : " — see <" + threadLink + "|its thread>";
            return "These VPCs already have a peering: `" + pcxId + "` is " + status.code() + where
                    + ". Use `/peer status " + pcxId + "` to see it; to replace it, delete it first (`/peer delete "
                    + pcxId + "`).";
        }
    }

    record QuotaReached(String quota, String resourceId, int limit, int inUse, int needed) implements Rejection {
        public String message() {
            return "`" + resourceId + "` has " + inUse + " " + quota + " and this peering needs " + needed
                    + " more, over the limit of " + limit + ". Remove some that are no longer needed, or ask for a "
                    + "higher quota in the Service Quotas console (Amazon Virtual Private Cloud).";
        }
    }

    record RouteConflict(String routeTableId, Cidr destination, String existingTarget) implements Rejection {
        public String message() {
            String flag = destination.ipv6() ? "--destination-ipv6-cidr-block" : "--destination-cidr-block";
            return "Route table `" + routeTableId + "` already sends `" + destination + "` to `" + existingTarget
                    + "`, so the route through the peering cannot be added. If that route is stale (e.g. a blackhole "
                    + "left by an old peering), delete it: `aws ec2 delete-route --route-table-id " + routeTableId
                    + " " + flag + " " + destination + "`; otherwise leave the subnets this table serves out with "
                    + "`--subnets`.";
        }
    }

    record UnknownSubnets(List<String> subnetIds) implements Rejection {
        public String message() {
            return "`--subnets` names subnets in neither VPC: " + subnetIds.stream().map(s -> "`" + s + "`")
                    .collect(Collectors.joining(", ")) + ". List a VPC's subnets with `aws ec2 describe-subnets "
                    + "--filters Name=vpc-id,Values=<vpc-id>`, or leave out `--subnets` to use every subnet.";
        }
    }

    record NoOwner(String vpc, String ownersFile) implements Rejection {
        public String message() {
            Matcher id = ResourceIds.VPC.matcher(vpc);
            String resource = id.find() ? id.group() : "<vpc-id>";
            String file = ownersFile == null || ownersFile.isBlank() ? ""
                    : ", or add it to the owners file `" + ownersFile + "`";
            return "`" + vpc + "` has no owner, so no one can approve for it. Set its `peerbot:owner` tag to Slack "
                    + "user ids or e-mail addresses (`aws ec2 create-tags --resources " + resource
                    + " --tags Key=peerbot:owner,Value=U123ABC`)" + file + ", then ask again.";
        }
    }

    /** Malformed input: a bad port list, an unknown option, text too long, a missing argument. */
    record BadInput(String problem, String hint) implements Rejection {
        public String message() {
            return problem + (hint.isEmpty() ? "" : "\n" + hint);
        }
    }

    record ChannelNotAllowed(String channel, List<String> allowed) implements Rejection {
        public String message() {
            String here = "peerbot does not act in " + channelMention(channel) + ".";
            if (allowed.isEmpty()) {
                return here + " No channel is allowed yet: an admin lists them in `PEERBOT_ALLOWED_CHANNELS`.";
            }
            return here + " Use " + allowed.stream().map(Rejection::channelMention).collect(Collectors.joining(", "))
                    + ", or ask an admin to add this channel to `PEERBOT_ALLOWED_CHANNELS`.";
        }
    }

    /** A VPC reference names an account outside the organisation: peerbot does not act there at all. */
    record AccountNotAllowed(String reference, String account) implements Rejection {
        public String message() {
            return "`" + reference + "` is in account `" + account + "`, which is not one of the organisation's "
                    + "accounts peerbot may act in. Name a VPC in an allowed account, or ask an admin to add `"
                    + account + "` to `PEERBOT_ACCOUNTS`.";
        }
    }

    /** EC2 refused an action for lack of permission (found by DryRun or by the call itself). */
    record MissingPermission(String action, String location) implements Rejection {
        public String message() {
            return "peerbot may not call `" + action + "` in `" + location + "`. Ask that account's admins to allow `"
                    + action + "` for the role peerbot uses there (`PEERBOT_ASSUME_ROLE`), then try again.";
        }
    }

    private static String listed(List<VpcSummary> vpcs) {
        String list = vpcs.stream().limit(MAX_LISTED).map(v -> "• " + v.name().map(n -> "`" + n + "` ").orElse("")
                + "`" + v.id() + "` (" + v.location() + ")").collect(Collectors.joining("\n"));
        return vpcs.size() > MAX_LISTED ? list + "\n…and " + (vpcs.size() - MAX_LISTED) + " more" : list;
    }

    private static String channelMention(String channel) {
        return SlackIds.CHANNEL.matcher(channel).matches() ? "<#" + channel + ">"
                : channel.startsWith("#") ? channel : "#" + channel;
    }
}
