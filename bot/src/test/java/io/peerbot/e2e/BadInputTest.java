package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.slack.RecordedMessage;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each bad request gets a specific private answer, and nothing in AWS changes. */
class BadInputTest {
    @RegisterExtension
    static final Harness h = Harness.forTheClass();

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("overlapping blocks", "app-vpc legacy-vpc", "`10.0.0.0/16` (app-vpc"),
                Arguments.of("unknown VPC", "app-vpc no-such-vpc", "No VPC `no-such-vpc` found"),
                Arguments.of("ambiguous Name", "app-vpc shared", "`shared` matches 2 VPCs"),
                Arguments.of("the same VPC twice", "app-vpc app-vpc", "a peering connects two different VPCs"),
                Arguments.of("malformed ports", "app-vpc db-vpc --ports tcp:99999", "99999"),
                Arguments.of("reversed port range", "app-vpc db-vpc --ports tcp:9000-8000", "9000-8000"),
                Arguments.of("unknown option", "app-vpc db-vpc --colour red", "--colour"),
                Arguments.of("a VPC with no owner", "app-vpc orphan-vpc", "has no owner"),
                Arguments.of("over-long input", "app-vpc db-vpc --reason \"" + "x".repeat(1200) + "\"",
                        "characters long"),
                Arguments.of("a reason the record cannot keep whole",
                        "app-vpc db-vpc --reason \"" + "請求データベースを読む注文サービス".repeat(3) + "\"",
                        "too long to be kept whole"));
    }

    @Test
    void aMissingAwsPermissionIsNamedBeforeAnythingIsPostedOrCreated() {
        h.ec2.deny(Org.ACCOUNT_A, "ec2:CreateVpcPeeringConnection");
        try {
            int mark = h.ec2.calls().mark();
            int posted = h.slack.messages(Org.CHANNEL).size();

            h.type(ALICE, "app-vpc db-vpc");

            h.awaitEphemeral(ALICE, t -> t.contains("CreateVpcPeeringConnection") && t.contains(Org.ACCOUNT_A));
            assertThat(h.ec2.calls().since(mark)).noneMatch(c -> c.mutating());
            assertThat(h.slack.messages(Org.CHANNEL).stream().filter(m -> !m.ephemeral())).hasSize(posted);
        } finally {
            h.ec2.allow(Org.ACCOUNT_A, "ec2:CreateVpcPeeringConnection");
        }
    }

    @Test
    void whenSlackRefusesThePostTheRequesterIsToldWhyAndNothingIsCreated() {
        h.slack.failNext("chat.postMessage", "not_in_channel");
        int mark = h.ec2.calls().mark();

        h.type(ALICE, "app-vpc db-vpc");

        h.awaitEphemeral(ALICE, t -> t.contains("not_in_channel") && t.contains("/invite @peerbot"));
        assertThat(h.ec2.calls().since(mark)).noneMatch(c -> c.mutating());
        assertThat(h.ec2.state().peerings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void isAnsweredPrivatelyAndChangesNothing(String what, String command, String expected) {
        int mark = h.ec2.calls().mark();
        int posted = h.slack.messages(Org.CHANNEL).size();

        h.type(ALICE, command);

        RecordedMessage answer = h.awaitEphemeral(ALICE, t -> t.contains(expected));
        assertThat(answer.recipient()).isEqualTo(ALICE);
        assertThat(h.ec2.calls().since(mark)).noneMatch(c -> c.mutating());
        assertThat(h.slack.messages(Org.CHANNEL).stream().filter(m -> !m.ephemeral())).hasSize(posted);
        assertThat(h.ec2.state().peerings()).isEmpty();
    }
}
