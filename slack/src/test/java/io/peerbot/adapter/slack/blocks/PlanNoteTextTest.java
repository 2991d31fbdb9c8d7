package io.peerbot.adapter.slack.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.plan.PlanNote;
import org.junit.jupiter.api.Test;

/** Each note says what a person should know about a side, and what to do about it. */
class PlanNoteTextTest {

    @Test
    void aSideWithoutAGroupSaysHowToGetOne() {
        assertThat(PlanNoteText.of(new PlanNote.NoGroupToOpen("vpc-0bbb0002", "peerbot:group"))).isEqualTo(
                "No security group to open in `vpc-0bbb0002`: none is tagged `peerbot:group` and no network "
                        + "interface is in the chosen subnets. Pick the group of what the peer should reach with "
                        + "`--to sg-…` (or `--from sg-…` on the requester side), or tag it (`aws ec2 create-tags "
                        + "--resources sg-… --tags Key=peerbot:group,Value=true`); until then this side gets routes "
                        + "only.");
    }

    @Test
    void pickedGroupsThatAreGoneAreNamed() {
        assertThat(PlanNoteText.of(new PlanNote.PickedGroupsGone("vpc-0bbb0002", java.util.List.of("sg-0bbb0fff"))))
                .isEqualTo("The picked groups `sg-0bbb0fff` are no longer in `vpc-0bbb0002`: they get no rules. Ask "
                        + "again with groups that exist.");
    }

    @Test
    void aSideWithoutSubnetsGetsNoRoutes() {
        assertThat(PlanNoteText.of(new PlanNote.NoSubnets("vpc-0bbb0002")))
                .isEqualTo("`vpc-0bbb0002` has no subnets, so no route table serves one: no routes on this side.");
    }

    @Test
    void icmpIsOpenedForIpv4Only() {
        assertThat(PlanNoteText.of(new PlanNote.IcmpOverIpv4Only()))
                .isEqualTo("`icmp` is opened from the peer's IPv4 blocks only (ping over IPv6 needs ICMPv6).");
    }
}
