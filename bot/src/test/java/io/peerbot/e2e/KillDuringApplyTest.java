package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.ec2.Hold;
import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.slack.RecordedMessage;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bot killed after each step of an apply — the step done in AWS, its answer never received — and started
 * again ends the thread and the card exactly as a run that was never killed: one peering, active, every route and
 * rule once, the final message once and last, the card applied. (A "restarted" line more is fine; steps the killed
 * process had queued for Slack but not delivered are lost with it.)
 */
class KillDuringApplyTest {
    /** app-vpc ↔ db-vpc on icmp: 9 routes and 6 rules, as the reference run shows. */
    private static ApplyOutcome reference;
    /** How many calls the reference run made to add the rules (several rules may go in one call). */
    private static long ruleCalls;

    @RegisterExtension
    final Harness h = Harness.forEachTest();

    enum KillPoint {
        AFTER_ACCEPT,
        AFTER_THE_REQUESTER_SIDES_ROUTES,
        AFTER_THE_ACCEPTER_SIDES_ROUTES,
        AFTER_THE_RULES,
        AFTER_THE_FINAL_STATE_IS_WRITTEN,
        AFTER_THE_FINAL_MESSAGE_IS_QUEUED
    }

    @ParameterizedTest
    @EnumSource(KillPoint.class)
    void aKillAfterAnyStepEndsAsARunWithoutIt(KillPoint point) throws Exception {
        ApplyOutcome expected = reference();
        h.type(ALICE, "app-vpc db-vpc --no-test");
        RecordedMessage card = h.awaitCard();
        Hold hold = point == KillPoint.AFTER_THE_FINAL_MESSAGE_IS_QUEUED ? null : hold(point, expected);
        if (hold == null) {
            h.slack.failUntilRestored("chat.postMessage", "ratelimited");
        }

        h.approve(BOB, card);
        if (hold != null) {
            assertThat(hold.awaitHeld(Harness.WAIT)).as("the bot reached " + point).isTrue();
        } else {
            h.awaitAws("the record saying the creation is done", () -> h.ec2.state().peerings().stream()
                    .anyMatch(p -> "done".equals(p.tags().get("peerbot:create-state"))));
        }
        h.kill();
        h.slack.restore("chat.postMessage");
        h.restart();
        if (hold != null) {
            hold.release();
        }

        h.awaitInThread(card, t -> t.contains("is ready"));
        h.advance(Duration.ZERO);
        h.awaitAws("the record saying the thread has the outcome", () -> "".equals(h.onlyPeering().tags()
                .get("peerbot:unreported")));
        ApplyOutcome outcome = ApplyOutcome.of(h, card);
        assertThat(outcome.peerings()).containsExactly("active");
        assertThat(outcome.routes()).isEqualTo(expected.routes());
        assertThat(outcome.rules()).isEqualTo(expected.rules());
        assertThat(outcome.readyMessages()).as("the final message, once").isEqualTo(1);
        assertThat(outcome.lastMessage()).isEqualTo(expected.lastMessage());
        assertThat(outcome.card()).isEqualTo(expected.card());
    }

    @Test
    void aStopAfterSlackTookTheFinalMessageBeforeTheRecordSaidSoDoesNotPostItAgain() throws Exception {
        h.type(ALICE, "app-vpc db-vpc --no-test");
        RecordedMessage card = h.awaitCard();
        h.slack.failUntilRestored("chat.postMessage", "ratelimited");
        h.approve(BOB, card);
        h.awaitAws("the record saying the creation is done and its outcome owed", () -> h.ec2.state().peerings()
                .stream().anyMatch(p -> "done".equals(p.tags().get("peerbot:create-state"))
                        && "create".equals(p.tags().get("peerbot:unreported"))));
        // EC2 refuses the save that would say the thread has the outcome; Slack takes the final message
        int mark = h.ec2.calls().mark();
        h.ec2.faults().on("CreateTags").serverErrors(1.0);
        h.slack.restore("chat.postMessage");
        h.awaitInThread(card, t -> t.contains("is ready"));
        h.ec2.calls().awaitSince(mark, "a refused save after the final message", calls -> calls.stream()
                .anyMatch(c -> "CreateTags".equals(c.action()) && !c.succeeded()), Harness.WAIT);
        h.kill();
        h.ec2.faults().clear();
        assertThat(h.onlyPeering().tags()).containsEntry("peerbot:unreported", "create");

        h.restart();

        h.awaitAws("the record saying the thread has the outcome", () -> "".equals(h.onlyPeering().tags()
                .get("peerbot:unreported")));
        h.advance(Duration.ZERO);
        ApplyOutcome outcome = ApplyOutcome.of(h, card);
        assertThat(outcome.readyMessages()).as("the final message, once").isEqualTo(1);
        assertThat(outcome.peerings()).containsExactly("active");
    }

    /**
     * Without a lock table, a kill between the two accounts' copies of the save that records the approval leaves
     * the requester's copy one save ahead of the accepter's: the restart reads the newer copy (only the bot can seal
     * one) and finishes the apply, and the next save writes both copies alike.
     */
    @Test
    void aKillBetweenTheTwoAccountsCopiesOfASaveIsFinishedFromTheNewerCopyWithoutALockTable() throws Exception {
        h.type(ALICE, "app-vpc " + Org.ACCOUNT_B + ":" + Org.REGION_B + ":billing --no-test --ports tcp:443");
        RecordedMessage card = h.awaitCard();
        Hold betweenTheCopies = h.ec2.faults().holdAfterApply("CreateTags", (account, p) ->
                account.equals(Org.ACCOUNT_A) && tagged(p, "peerbot:create-state", "applying"));

        h.approve(Org.DAVE, card);
        assertThat(betweenTheCopies.awaitHeld(Harness.WAIT)).as("the approval saved in the requester's account")
                .isTrue();
        h.kill();
        StoredPeeringConnection pcx = h.onlyPeering();
        assertThat(pcx.tags()).containsEntry("peerbot:create-state", "applying");
        assertThat(pcx.accepterTags()).containsEntry("peerbot:create-state", "awaiting-approval");
        h.restart();
        betweenTheCopies.release();

        h.awaitInThread(card, t -> t.contains("is ready"));
        h.awaitOutcomesRecorded();
        assertThat(h.ec2.state().peerings()).singleElement()
                .satisfies(p -> assertThat(p.status().code()).isEqualTo("active"));
        assertThat(pcx.accepterTags()).as("the accepter's copy caught up")
                .containsEntry("peerbot:seq", pcx.tags().get("peerbot:seq"))
                .containsEntry("peerbot:seal", pcx.tags().get("peerbot:seal"))
                .containsEntry("peerbot:create-state", "done");
        assertThat(h.slack.thread(card.channel(), card.ts())).extracting(RecordedMessage::allText)
                .noneMatch(t -> t.contains("changed outside peerbot"));
    }

    /** Holds the call that completes {@code point}, once it took effect. */
    private Hold hold(KillPoint point, ApplyOutcome expected) {
        return switch (point) {
            case AFTER_ACCEPT -> h.ec2.faults().holdAfterApply("AcceptVpcPeeringConnection", (account, p) -> true);
            case AFTER_THE_REQUESTER_SIDES_ROUTES -> h.ec2.faults().holdAfterApply("CreateRoute",
                    lastOf(routesIn(h.org.app.id(), expected), p -> inVpc(p, h.org.app.id())));
            case AFTER_THE_ACCEPTER_SIDES_ROUTES -> h.ec2.faults().holdAfterApply("CreateRoute",
                    lastOf(routesIn(h.org.db.id(), expected), p -> inVpc(p, h.org.db.id())));
            case AFTER_THE_RULES -> h.ec2.faults().holdAfterApply("AuthorizeSecurityGroupIngress",
                    lastOf(ruleCalls, p -> true));
            case AFTER_THE_FINAL_STATE_IS_WRITTEN -> h.ec2.faults().holdAfterApply("CreateTags",
                    (account, p) -> tagged(p, "peerbot:create-state", "done")
                            && tagged(p, "peerbot:unreported", "create"));
            case AFTER_THE_FINAL_MESSAGE_IS_QUEUED -> throw new IllegalArgumentException(point.name());
        };
    }

    private long routesIn(String vpcId, ApplyOutcome expected) {
        return expected.routes().stream().filter(r -> h.ec2.state().routeTable(r.split(" ")[0]).vpcId().equals(vpcId))
                .count();
    }

    private boolean inVpc(Map<String, String> params, String vpcId) {
        String table = params.get("RouteTableId");
        return table != null && h.ec2.state().routeTable(table).vpcId().equals(vpcId);
    }

    /** The {@code count}th call that {@code matches}. */
    private static BiPredicate<String, Map<String, String>> lastOf(long count, Predicate<Map<String, String>> matches) {
        AtomicInteger seen = new AtomicInteger();
        return (account, params) -> matches.test(params) && seen.incrementAndGet() == count;
    }

    private static boolean tagged(Map<String, String> params, String key, String value) {
        return params.entrySet().stream().anyMatch(e -> e.getKey().matches("Tag\\.\\d+\\.Key")
                && key.equals(e.getValue()) && value.equals(params.getOrDefault(
                        e.getKey().replace(".Key", ".Value"), "")));
    }

    /** The same apply, never killed, in an organisation of its own. */
    private static synchronized ApplyOutcome reference() throws Exception {
        if (reference == null) {
            Harness run = Harness.forEachTest();
            run.start();
            try {
                run.type(ALICE, "app-vpc db-vpc --no-test");
                RecordedMessage card = run.awaitCard();
                run.approve(BOB, card);
                run.awaitInThread(card, t -> t.contains("is ready"));
                run.advance(Duration.ZERO);
                // as the killed runs do: the card is redrawn by then too
                run.awaitAws("the record saying the thread has the outcome", () -> "".equals(run.onlyPeering().tags()
                        .get("peerbot:unreported")));
                reference = ApplyOutcome.of(run, card);
                ruleCalls = run.ec2.calls().count("AuthorizeSecurityGroupIngress");
            } finally {
                run.close();
            }
        }
        return reference;
    }
}
