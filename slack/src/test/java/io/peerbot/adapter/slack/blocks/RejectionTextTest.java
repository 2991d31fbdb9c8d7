package io.peerbot.adapter.slack.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.Vpcs;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.VpcSummary;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.validation.Rejection;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every message says what is wrong and how to fix it. */
class RejectionTextTest {
    private static final VpcSummary BILLING_HERE = summary("vpc-0aaa0001", "billing", Vpcs.HERE);
    private static final VpcSummary BILLING_THERE = summary("vpc-0bbb0002", "billing", Vpcs.THERE);

    static Stream<Arguments> messages() {
        List<VpcSummary> twelve = IntStream.range(0, 12)
                .mapToObj(i -> summary("vpc-0ccc00" + (10 + i), "bill-" + i, Vpcs.HERE)).toList();
        return Stream.of(
                Arguments.of(new Rejection.UnknownVpc("billng", List.of()), List.of(
                        "No VPC `billng` found", "Use the VPC id or its exact `Name` tag, qualified as "
                                + "`account:region:name`")),
                Arguments.of(new Rejection.UnknownVpc("billng", List.of(BILLING_HERE)), List.of(
                        "Did you mean one of these?\n• `billing` `vpc-0aaa0001` (111122223333:eu-west-1)\n")),
                Arguments.of(new Rejection.UnknownVpc("bill", twelve), List.of(
                        "• `bill-9` `vpc-0ccc0019`", "\n…and 2 more\n")),
                Arguments.of(new Rejection.AmbiguousVpc("billing", List.of(BILLING_HERE, BILLING_THERE)), List.of(
                        "`billing` matches 2 VPCs:\n",
                        "• `billing` `vpc-0aaa0001` (111122223333:eu-west-1)\n",
                        "• `billing` `vpc-0bbb0002` (222233334444:us-east-1)\n",
                        "Use the VPC id, or qualify the name with its account and region, e.g. "
                                + "`111122223333:eu-west-1:billing`.")),
                Arguments.of(new Rejection.SameVpc("app-vpc (vpc-0aaa0001)"), List.of(
                        "Both VPCs are `app-vpc (vpc-0aaa0001)`: a peering connects two different VPCs",
                        "Name the other VPC second")),
                Arguments.of(new Rejection.OverlappingCidrs("app-vpc", "db-vpc", List.<Cidr[]>of(
                        new Cidr[] {Cidr.parse("10.0.0.0/16"), Cidr.parse("10.0.128.0/17")},
                        new Cidr[] {Cidr.parse("fd00::/56"), Cidr.parse("fd00::/64")})), List.of(
                        "`app-vpc` and `db-vpc` cannot be peered: `10.0.0.0/16` (app-vpc) overlaps `10.0.128.0/17` "
                                + "(db-vpc); `fd00::/56` (app-vpc) overlaps `fd00::/64` (db-vpc).",
                        "disassociate it (`aws ec2 disassociate-vpc-cidr-block`)", "renumber one VPC")),
                Arguments.of(new Rejection.ExistingPeering("pcx-0a1b2c3d", PeeringStatus.PENDING_ACCEPTANCE,
                        "https://slack.com/archives/C0PLATFORM/p1732870000123456"), List.of(
                        "`pcx-0a1b2c3d` is pending-acceptance — see "
                                + "<https://slack.com/archives/C0PLATFORM/p1732870000123456|its thread>",
                        "`/peer status pcx-0a1b2c3d`", "`/peer delete pcx-0a1b2c3d`")),
                Arguments.of(new Rejection.ExistingPeering("pcx-0a1b2c3d", PeeringStatus.ACTIVE, null), List.of(
                        "`pcx-0a1b2c3d` is active (made outside peerbot: see it in the AWS console)")),
                Arguments.of(new Rejection.QuotaReached("routes", "rtb-0aaa0001", 50, 49, 2), List.of(
                        "`rtb-0aaa0001` has 49 routes and this peering needs 2 more, over the limit of 50.",
                        "Remove some that are no longer needed, or ask for a higher quota in the Service Quotas")),
                Arguments.of(new Rejection.RouteConflict("rtb-0aaa0001", Cidr.parse("10.1.0.0/16"), "tgw-0abc0abc"),
                        List.of("Route table `rtb-0aaa0001` already sends `10.1.0.0/16` to `tgw-0abc0abc`",
                                "`aws ec2 delete-route --route-table-id rtb-0aaa0001 --destination-cidr-block "
                                        + "10.1.0.0/16`", "`--subnets`")),
                Arguments.of(new Rejection.RouteConflict("rtb-0aaa0001", Cidr.parse("fd00::/56"), "pcx-0dead0dead"),
                        List.of("--destination-ipv6-cidr-block fd00::/56")),
                Arguments.of(new Rejection.UnknownSubnets(List.of("subnet-0fff0fff", "subnet-0eee0eee")), List.of(
                        "`--subnets` names subnets in neither VPC: `subnet-0fff0fff`, `subnet-0eee0eee`.",
                        "aws ec2 describe-subnets", "leave out `--subnets`")),
                Arguments.of(new Rejection.NoOwner("app-vpc (vpc-0aaa0001)", "/etc/peerbot/owners.yaml"), List.of(
                        "`app-vpc (vpc-0aaa0001)` has no owner, so no one can approve for it.",
                        "`aws ec2 create-tags --resources vpc-0aaa0001 --tags Key=peerbot:owner,Value=U123ABC`",
                        "or add it to the owners file `/etc/peerbot/owners.yaml`")),
                Arguments.of(new Rejection.NoOwner("billing", null), List.of(
                        "--resources <vpc-id> --tags Key=peerbot:owner,Value=U123ABC`), then ask again.")),
                Arguments.of(new Rejection.ChannelNotAllowed("C0RANDOM", List.of("C0PLATFORM", "#netops")), List.of(
                        "peerbot does not act in <#C0RANDOM>. Use <#C0PLATFORM>, #netops, or ask an admin to add this "
                                + "channel to `PEERBOT_ALLOWED_CHANNELS`.")),
                Arguments.of(new Rejection.ChannelNotAllowed("C0RANDOM", List.of()), List.of(
                        "No channel is allowed yet")),
                Arguments.of(new Rejection.MissingPermission("ec2:CreateRoute", "222233334444:us-east-1"), List.of(
                        "peerbot may not call `ec2:CreateRoute` in `222233334444:us-east-1`",
                        "allow `ec2:CreateRoute` for the role peerbot uses there (`PEERBOT_ASSUME_ROLE`)")),
                Arguments.of(new Rejection.AccountNotAllowed("999999999999:us-east-1:x", "999999999999"), List.of(
                        "`999999999999:us-east-1:x` is in account `999999999999`, which is not one of the organisation's",
                        "add `999999999999` to `PEERBOT_ACCOUNTS`")),
                Arguments.of(new Rejection.UnknownVpc("<!channel>", List.of()), List.of(
                        "No VPC `&lt;!channel&gt;` found")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("messages")
    void saysWhatIsWrongAndHowToFixIt(Rejection rejection, List<String> parts) {
        assertThat(RejectionText.of(rejection)).contains(parts);
    }

    private static VpcSummary summary(String id, String name, Location location) {
        return new VpcSummary(id, location, Map.of("Name", name), List.of(Cidr.parse("10.0.0.0/16")));
    }
}
