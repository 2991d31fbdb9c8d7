package io.peerbot.adapter.slack.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.application.port.Notice;
import io.peerbot.domain.change.ChangePlan;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.plan.PlanDifference;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What owners read when the plan they approved is not the plan any more, or its subnets are gone. */
class PlanChangeWordsTest {
    private static final PcxId PCX = new PcxId("pcx-0123abcd");
    private final VpcSnapshot app = Fixtures.appVpc(1, 0);
    private final VpcSnapshot db = Fixtures.dbVpc(2, 0);
    private final Plan approved = Fixtures.plan(app, db, 1, 1, Fixtures.options("reports"));
    private final Plan now = Fixtures.plan(app, db, 1, 2, Fixtures.options("reports"));
    private final Change change = Change.asked(ChangeKind.CREATE, Fixtures.PORTS, "UAPPOWNER", Fixtures.CREATED,
            Set.of());

    @Test
    void aKnownApprovedPlanIsToldAsWhatDiffersPerSide() {
        String newGroup = Fixtures.groupId(db.id(), 1);
        String words = PlanChangeWords.changed(new Notice.PlanChanged(PCX, change,
                ChangePlan.creating(PCX.value(), Fixtures.PORTS, now),
                Optional.of(PlanDifference.between(approved, now))));

        assertThat(words).contains("changed since it was approved", "nothing was applied", "approve again",
                "What differs", "+ rule in `" + newGroup + "`", "new security groups: `" + newGroup + "`");
        assertThat(words).doesNotContain("in full");
    }

    @Test
    void withoutTheApprovedPlanTheNewPlanIsShownInFull() {
        String words = PlanChangeWords.changed(new Notice.PlanChanged(PCX, change,
                ChangePlan.creating(PCX.value(), Fixtures.PORTS, now), Optional.empty()));

        assertThat(words).contains("changed since it was approved; the new plan in full",
                Fixtures.groupId(db.id(), 0), Fixtures.groupId(db.id(), 1));
    }

    @Test
    void goneSubnetsAreNamedAndNeverWidened() {
        String words = PlanChangeWords.subnetsGone(new Notice.SubnetsGone(PCX, change, List.of("subnet-0dead")));

        assertThat(words).contains("`subnet-0dead`", "never widen", "nothing was applied", "Ask again");
    }
}
