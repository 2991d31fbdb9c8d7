package io.peerbot.application.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.peerbot.application.engine.VpcResolver.Found;
import io.peerbot.application.engine.VpcResolver.NotFound;
import io.peerbot.application.port.Ec2Gateway;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.VpcRef;
import io.peerbot.domain.network.VpcSummary;
import io.peerbot.domain.validation.Rejection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VpcResolverTest {
    private static final Location HOME = new Location("111122223333", "us-east-1");
    private static final Location BILLING = new Location("444455556666", "eu-west-1");

    private final Ec2Gateways gateways = mock(Ec2Gateways.class);
    private final Ec2Gateway home = mock(Ec2Gateway.class);
    private final Ec2Gateway billing = mock(Ec2Gateway.class);
    private final VpcResolver resolver = new VpcResolver(gateways);

    @BeforeEach
    void wire() {
        when(gateways.home()).thenReturn(HOME);
        when(gateways.at(HOME)).thenReturn(home);
        when(gateways.at(BILLING)).thenReturn(billing);
        when(gateways.at(new Location(HOME.account(), BILLING.region()))).thenReturn(billing);
    }

    @Test
    void looksUnqualifiedReferencesUpAtHomeAndQualifiedOnesWhereTheyPoint() {
        when(home.findVpcs("app")).thenReturn(List.of(vpc("vpc-0a", "app", HOME)));
        when(billing.findVpcs("billing")).thenReturn(List.of(vpc("vpc-0b", "billing", BILLING)));

        assertThat(resolver.resolve(ref("app"))).isEqualTo(new Found(vpc("vpc-0a", "app", HOME)));
        assertThat(resolver.resolve(new VpcRef(Optional.of(BILLING.account()), Optional.of(BILLING.region()),
                "billing"))).isInstanceOf(Found.class);
        assertThat(resolver.locationOf(new VpcRef(Optional.empty(), Optional.of("eu-west-1"), "x")))
                .isEqualTo(new Location(HOME.account(), "eu-west-1"));
    }

    @Test
    void remembersAVpcFoundButLooksAgainForANameThatFoundNone() {
        when(home.findVpcs("app")).thenReturn(List.of(vpc("vpc-0a", "app", HOME)));
        when(home.findVpcs("new-vpc")).thenReturn(List.of(), List.of(vpc("vpc-0c", "new-vpc", HOME)));
        when(home.listVpcs()).thenReturn(List.of());

        resolver.resolve(ref("app"));
        resolver.resolve(ref("app"));
        assertThat(resolver.resolve(ref("new-vpc"))).isInstanceOf(NotFound.class);
        assertThat(resolver.resolve(ref("new-vpc"))).isInstanceOf(Found.class);

        verify(home, times(1)).findVpcs("app");
        verify(home, times(2)).findVpcs("new-vpc");
    }

    @Test
    void looksInTheWatchedLocationsForANameNotFoundAtHome() {
        VpcResolver watching = new VpcResolver(gateways, List.of(HOME, BILLING));
        when(home.findVpcs("billing")).thenReturn(List.of());
        when(billing.findVpcs("billing")).thenReturn(List.of(vpc("vpc-0b", "billing", BILLING)));

        assertThat(watching.resolve(ref("billing"))).isEqualTo(new Found(vpc("vpc-0b", "billing", BILLING)));
    }

    @Test
    void refusesSeveralMatchesAsAmbiguous() {
        List<VpcSummary> two = List.of(vpc("vpc-01", "shared", HOME), vpc("vpc-02", "shared", HOME));
        when(home.findVpcs("shared")).thenReturn(two);

        assertThat(resolver.resolve(ref("shared")))
                .isEqualTo(new NotFound(new Rejection.AmbiguousVpc("shared", two)));
    }

    @Test
    void offersTheVpcsThatResembleAnUnknownNameFirstAndAtMostTen() {
        List<VpcSummary> all = new java.util.ArrayList<>(IntStream.range(0, 12)
                .mapToObj(i -> vpc("vpc-1" + i, "other-" + i, HOME)).toList());
        all.add(vpc("vpc-2a", "billing-prod", HOME));
        when(home.findVpcs("billing")).thenReturn(List.of());
        when(home.listVpcs()).thenReturn(all);

        var resolution = (NotFound) resolver.resolve(ref("billing"));

        var unknown = (Rejection.UnknownVpc) resolution.reason();
        assertThat(unknown.reference()).isEqualTo("billing");
        assertThat(unknown.candidates()).hasSize(VpcResolver.MAX_CANDIDATES);
        assertThat(unknown.candidates().get(0).name()).contains("billing-prod");
    }

    @Test
    void refusesAReferenceIntoAForeignAccountWithoutAskingThatAccount() {
        when(gateways.foreign("999999999999")).thenReturn(true);

        var resolution = resolver.resolve(new VpcRef(Optional.of("999999999999"), Optional.of("us-east-1"), "x"));

        assertThat(resolution).isEqualTo(new NotFound(new Rejection.AccountNotAllowed("999999999999:us-east-1:x",
                "999999999999")));
        verify(gateways, never()).at(any());
    }

    private static VpcRef ref(String text) {
        return new VpcRef(Optional.empty(), Optional.empty(), text);
    }

    private static VpcSummary vpc(String id, String name, Location location) {
        return new VpcSummary(id, location, Map.of("Name", name), List.of(Cidr.parse("10.0.0.0/16")));
    }
}
