package io.peerbot.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.PeeringExporter;
import io.peerbot.domain.Vpcs;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.domain.export.ExportFormat;
import io.peerbot.domain.export.PeeringFootprint;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.SecurityRule;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.plan.PeerbotRules;
import io.peerbot.domain.traffic.PortList;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code /peer export}: what is read, what is shared where, and the private answers when there is nothing. */
class ExportPeeringTest {
    private static final String ALICE = "U0ALICE";
    private static final String APP_OWNER = "U0APPOWN";
    private static final String DB_OWNER = "U0DBOWN";
    private static final String ERIN = "U0ERIN";
    private static final String CHANNEL = "C0PLATFORM";
    private static final PcxId PCX = new PcxId("pcx-0a1b2c3d");
    private static final MessageRef THREAD = new MessageRef(CHANNEL, "1700000000.000100");

    private final VpcSnapshot app = Vpcs.vpc("vpc-0aaa0001").name("app-vpc").tag("peerbot:owner", APP_OWNER)
            .cidr("10.0.0.0/16").subnet("subnet-0aaa0001", "10.0.1.0/24")
            .route("rtb-0aaa0001", "10.1.0.0/16", PCX.value()).route("rtb-0aaa0001", "0.0.0.0/0", "igw-0aaa0001")
            .instance("i-0aaa0001", "subnet-0aaa0001", "sg-0aaa0001").build();
    private final VpcSnapshot db = Vpcs.vpc("vpc-0bbb0002").name("db-vpc").tag("peerbot:owner", DB_OWNER)
            .cidr("10.1.0.0/16").subnet("subnet-0bbb0002", "10.1.1.0/24")
            .route("rtb-0bbb0002", "10.0.0.0/16", PCX.value())
            .group("sg-0bbb0002", peerbots("tcp:5432"), peerbots("icmp"), Vpcs.rule("tcp:22", "10.0.0.0/16"))
            .instance("i-0bbb0002", "subnet-0bbb0002", "sg-0bbb0002").build();
    private final InMemoryEc2 ec2 = new InMemoryEc2(Vpcs.HERE, app, db);
    private final InMemoryPeerings peerings = new InMemoryPeerings(ec2);
    private final RecordingChat chat = new RecordingChat();
    private final List<PeeringFootprint> exported = new ArrayList<>();
    private final PeeringExporter exporter = new PeeringExporter() {
        @Override
        public ExportFormat format() {
            return ExportFormat.TERRAFORM;
        }

        @Override
        public Exported export(PeeringFootprint footprint) {
            exported.add(footprint);
            return new Exported("peering-" + footprint.pcxId() + ".tf", "t",
                    footprint.toString().getBytes(StandardCharsets.UTF_8));
        }
    };

    @Test
    void anActivePeeringIsReadFromAwsAndSharedInItsThread() {
        UseCases useCases = assemble(List.of(exporter));
        active();
        int writes = ec2.writes().size();

        useCases.commands().onCommand(new Actor(ERIN, "C0ELSEWHERE"), "export " + PCX.value());

        assertThat(exported).singleElement().satisfies(footprint -> {
            assertThat(footprint.pcxId()).isEqualTo(PCX.value());
            assertThat(footprint.requester().routes()).extracting(r -> r.routeTableId() + " " + r.destination())
                    .containsExactly("rtb-0aaa0001 10.1.0.0/16");
            assertThat(footprint.accepter().routes()).extracting(r -> r.routeTableId() + " " + r.destination())
                    .containsExactly("rtb-0bbb0002 10.0.0.0/16");
            assertThat(footprint.requester().rules()).isEmpty();
            assertThat(footprint.accepter().rules()).as("peerbot's rules, not the tcp:22 someone else made")
                    .extracting(r -> r.rule().ports().toString()).containsExactly("tcp:5432", "icmp");
        });
        assertThat(chat.shared()).singleElement().satisfies(file -> {
            assertThat(file.thread()).contains(THREAD);
            assertThat(file.filename()).isEqualTo("peering-" + PCX.value() + ".tf");
        });
        assertThat(chat.toldPrivately(ERIN)).singleElement().isInstanceOfSatisfying(Notice.Exported.class, n -> {
            assertThat(n.filename()).isEqualTo("peering-" + PCX.value() + ".tf");
            assertThat(n.thread().channel()).isEqualTo(CHANNEL);
        });
        assertThat(ec2.writes()).as("nothing changes in AWS").hasSize(writes);
    }

    @Test
    void aPeeringNotYetActiveHasNothingToExport() {
        UseCases useCases = assemble(List.of(exporter));
        requested();

        useCases.commands().onCommand(new Actor(ERIN, CHANNEL), "export " + PCX.value());

        assertThat(chat.toldPrivately(ERIN)).singleElement().isInstanceOfSatisfying(Notice.CannotExport.class, n -> {
            assertThat(n.why()).isEqualTo(Notice.CannotExport.Why.NOT_ACTIVE);
            assertThat(n.status()).isEqualTo(PeeringStatus.PENDING_ACCEPTANCE);
        });
        assertThat(chat.shared()).isEmpty();
    }

    @Test
    void aPeeringPeerbotDidNotMakeIsNotExported() {
        UseCases useCases = assemble(List.of(exporter));
        ec2.connect(PCX.value(), app.id(), db.id(), PeeringStatus.ACTIVE);

        useCases.commands().onCommand(new Actor(ERIN, CHANNEL), "export " + PCX.value());

        assertThat(chat.toldPrivately(ERIN)).singleElement().isInstanceOfSatisfying(Notice.CannotExport.class,
                n -> assertThat(n.why()).isEqualTo(Notice.CannotExport.Why.NOT_MADE_BY_PEERBOT));
        assertThat(chat.shared()).isEmpty();
    }

    @Test
    void anUnknownPeeringIsNamed() {
        UseCases useCases = assemble(List.of(exporter));

        useCases.commands().onCommand(new Actor(ERIN, CHANNEL), "export pcx-0fff0fff");

        assertThat(chat.toldPrivately(ERIN)).singleElement().isInstanceOfSatisfying(Notice.UnknownPeering.class,
                n -> assertThat(n.pcxId()).isEqualTo("pcx-0fff0fff"));
        assertThat(chat.shared()).isEmpty();
    }

    @Test
    void aBotWithoutTheFormatSaysSoAndSharesNothing() {
        UseCases useCases = assemble(List.of());
        active();

        useCases.commands().onCommand(new Actor(ERIN, CHANNEL), "export " + PCX.value());

        assertThat(chat.toldPrivately(ERIN)).singleElement().isInstanceOfSatisfying(Notice.CannotExport.class,
                n -> assertThat(n.why()).isEqualTo(Notice.CannotExport.Why.FORMAT_UNAVAILABLE));
        assertThat(chat.shared()).isEmpty();
    }

    private UseCases assemble(List<PeeringExporter> exporters) {
        return UseCases.assemble(ec2, peerings, new PeeringEngine(ec2), chat, Unused.ownersFile(),
                Unused.directory(), Unused.remoteCommands(), Runnable::run, new Policies(Set.of(), Set.of(),
                        List.of(), Duration.ofMinutes(5), Duration.ofSeconds(10), Clock.systemUTC()), Unused.painter(),
                io.peerbot.domain.policy.Guardrails.none(), exporters);
    }

    private ManagedPeering requested() {
        ec2.connect(PCX.value(), app.id(), db.id(), PeeringStatus.PENDING_ACCEPTANCE);
        Change creation = Change.asked(ChangeKind.CREATE, PortList.parse("tcp:5432"), ALICE,
                Instant.parse("2026-05-01T12:00:00Z"), Set.of());
        ManagedPeering asked = new ManagedPeering(PCX, Vpcs.side(app), Vpcs.side(db), THREAD,
                new PeeringOptions(PortList.parse("tcp:5432"), List.of(), false, false, "reports"), creation, null);
        peerings.put(asked);
        return asked;
    }

    private void active() {
        requested();
        ec2.connect(PCX.value(), app.id(), db.id(), PeeringStatus.ACTIVE);
    }

    private static SecurityRule peerbots(String ports) {
        SecurityRule plain = Vpcs.rule(ports, "10.0.0.0/16");
        return new SecurityRule(plain.ruleId(), plain.ports(), plain.cidr(), null, PeerbotRules.description(PCX.value()),
                Map.of(PeerbotRules.PCX_TAG, PCX.value()));
    }
}
