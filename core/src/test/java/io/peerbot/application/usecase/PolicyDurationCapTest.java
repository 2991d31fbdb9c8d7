package io.peerbot.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.Vpcs;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.policy.Guardrails;
import io.peerbot.domain.policy.PolicyRule;
import io.peerbot.domain.policy.RuleEffect;
import io.peerbot.domain.policy.RuleScope;
import io.peerbot.domain.policy.Violation;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A request's {@code --for} reaches the policy: a 30-day cap denies 60 days, naming its rule, and allows 7. */
class PolicyDurationCapTest {
    private static final String ALICE = "U0ALICE";
    private static final PolicyRule THIRTY_DAYS = new PolicyRule("temporary-at-most-30d", 4,
            new RuleScope.Everywhere(), Optional.empty(), new RuleEffect.MaxDuration(Duration.ofDays(30)), "");

    private final VpcSnapshot app = Vpcs.vpc("vpc-0aaa0001").name("app-vpc").tag("peerbot:owner", ALICE)
            .cidr("10.0.0.0/16").subnet("subnet-0aaa0001", "10.0.1.0/24")
            .instance("i-0aaa0001", "subnet-0aaa0001", "sg-0aaa0001").build();
    private final VpcSnapshot db = Vpcs.vpc("vpc-0bbb0002").name("db-vpc").tag("peerbot:owner", "U0DBOWN")
            .cidr("10.1.0.0/16").subnet("subnet-0bbb0002", "10.1.1.0/24")
            .instance("i-0bbb0002", "subnet-0bbb0002", "sg-0bbb0002").build();
    private final InMemoryEc2 ec2 = new InMemoryEc2(Vpcs.HERE, app, db);
    private final InMemoryPeerings peerings = new InMemoryPeerings(ec2);
    private final RecordingChat chat = new RecordingChat();
    private final UseCases useCases = UseCases.assemble(ec2, peerings, new PeeringEngine(ec2), chat,
            Unused.ownersFile(), Unused.directory(), Unused.remoteCommands(), Runnable::run,
            new Policies(Set.of(), Set.of(), List.of(), Duration.ofMinutes(5), Duration.ofSeconds(10),
                    Clock.systemUTC()), Unused.painter(), new Guardrails("policy.yml", List.of(THIRTY_DAYS)),
            List.of());

    @Test
    void sixtyDaysIsDeniedByTheCapNamingItsRuleAndNothingIsCreated() {
        useCases.commands().onCommand(new Actor(ALICE, "C0NET"), "app-vpc db-vpc --ports tcp:5432 --for 60d");

        assertThat(chat.toldPrivately(ALICE)).singleElement().isInstanceOfSatisfying(Notice.ProposalRefused.class,
                refused -> assertThat(refused.proposed().kind()).isEqualTo(Notice.Proposed.Kind.REQUEST));
        assertThat(chat.all(Notice.PolicyDenied.class)).singleElement().satisfies(
                n -> assertThat(n.denials()).singleElement().satisfies(d -> {
                    assertThat(d.rule().name()).isEqualTo("temporary-at-most-30d");
                    assertThat(d.rule().line()).isEqualTo(4);
                    assertThat(d.violation()).isEqualTo(new Violation.TooLong(Duration.ofDays(60),
                            Duration.ofDays(30)));
                }));
        assertThat(ec2.allPeerings()).isEmpty();
    }

    @Test
    void sevenDaysIsWithinTheCapAndTheRequestIsCreated() {
        useCases.commands().onCommand(new Actor(ALICE, "C0NET"), "app-vpc db-vpc --ports tcp:5432 --for 7d");

        assertThat(chat.all(Notice.PolicyDenied.class)).isEmpty();
        assertThat(ec2.allPeerings()).hasSize(1);
    }
}
