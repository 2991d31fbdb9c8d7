package io.peerbot.domain.connectivity;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.network.Instance;
import io.peerbot.domain.network.ResourceTags;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProbeSelectorTest {
    private final TwoVpcs network = new TwoVpcs();

    @Test
    void prefersTheTaggedInstance() {
        network.appInstances.add(new Instance("i-0tagged", "subnet-0app", "10.0.0.99", "running", List.of("sg-0app"),
                Map.of(ResourceTags.PROBE, "true")));

        assertThat(ProbeSelector.choose(network.app(), List.of(), Set.of()))
                .isEqualTo(new ProbeChoice.Found(network.appInstances.get(1)));
    }

    @Test
    void ignoresStoppedInstances() {
        network.appInstances.set(0, new Instance("i-0app", "subnet-0app", "10.0.0.12", "stopped", List.of(), Map.of()));

        assertThat(ProbeSelector.choose(network.app(), List.of(), Set.of())).isEqualTo(new ProbeChoice.Missing(
                "no running Linux instance in app-vpc (vpc-0app) to test from; launch one there or tag a running one "
                        + "with peerbot:probe"));
    }

    @Test
    void keepsToTheChosenSubnetsOfThisVpc() {
        network.appInstances.add(new Instance("i-0aaa", "subnet-0other", "10.0.9.9", "running", List.of(), Map.of()));

        ProbeChoice choice = ProbeSelector.choose(network.app(), List.of("subnet-0app", "subnet-0db"), Set.of());

        assertThat(choice).isEqualTo(new ProbeChoice.Found(network.appInstances.get(0)));
    }

    @Test
    void namesTheChosenSubnetsWhenNothingRunsThere() {
        network.appInstances.clear();

        assertThat(ProbeSelector.choose(network.app(), List.of("subnet-0app"), Set.of())).isEqualTo(
                new ProbeChoice.Missing("no running Linux instance in app-vpc (vpc-0app) (subnets subnet-0app) to test "
                        + "from; launch one there or tag a running one with peerbot:probe"));
    }

    @Test
    void prefersAnInstanceThatTakesRemoteCommands() {
        network.appInstances.add(new Instance("i-0zzz", "subnet-0app", "10.0.0.50", "running", List.of(), Map.of()));

        assertThat(ProbeSelector.choose(network.app(), List.of(), Set.of("i-0zzz")))
                .isEqualTo(new ProbeChoice.Found(network.appInstances.get(1)));
        assertThat(ProbeSelector.choose(network.app(), List.of(), Set.of()))
                .isEqualTo(new ProbeChoice.Found(network.appInstances.get(0)));
    }

    @Test
    void neverPicksAWindowsInstanceEvenWhenTaggedOrManaged() {
        network.appInstances.set(0, new Instance("i-0win", "subnet-0app", "10.0.0.12", "running", List.of("sg-0app"),
                Map.of(ResourceTags.PROBE, "true"), "Windows"));
        network.appInstances.add(new Instance("i-0zzz", "subnet-0app", "10.0.0.50", "running", List.of(), Map.of(),
                "Linux/UNIX"));

        assertThat(ProbeSelector.choose(network.app(), List.of(), Set.of("i-0win")))
                .isEqualTo(new ProbeChoice.Found(network.appInstances.get(1)));
    }

    @Test
    void aVpcWithOnlyWindowsInstancesHasNoProbe() {
        network.appInstances.set(0, new Instance("i-0win", "subnet-0app", "10.0.0.12", "running", List.of("sg-0app"),
                Map.of(), "windows"));

        assertThat(ProbeSelector.choose(network.app(), List.of(), Set.of("i-0win")))
                .isInstanceOf(ProbeChoice.Missing.class);
    }

    @Test
    void aConnectThatExits127IsAProbeFailureNotARefusal() {
        ProbeRun run = ProbeRun.parse("peerbot-tcp 5432 error 127\npeerbot-tcp 443 refused\n");

        assertThat(run.tcp(5432)).hasValue(new TcpCheck(5432, TcpState.ERROR, 127));
        assertThat(run.tcp(5432).orElseThrow().state().pathOpen()).isFalse();
        assertThat(run.tcp(443).orElseThrow().state().pathOpen()).isTrue();
    }
}
