package io.peerbot.adapter.slack.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.plan.PlanNote;
import org.junit.jupiter.api.Test;

/** Each note says what a person should know about a side, and what to do about it. */
class PlanNoteTextTest {

    @Test
    void aSideWithoutAGroupSaysHowToGetOne() {
        assertThat(PlanNoteText.of(new PlanNote.NoGroupToOpen("vpc-0bbb0002", "peerbot:group"))).isEqualTo(
                "No security group to open in `vpc-0bbb0002`: none is tagged `peerbot:group` and no instance is in "
                        + "the chosen subnets. Tag the group of the servers the peer should reach (`aws ec2 create-tags "
                        + "--resources sg-… --tags Key=peerbot:group,Value=true`) or run an instance there; until then "
                        + "this side gets routes only.");
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
