package io.peerbot.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.Vpcs;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.request.RequestReference.ChangeRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a button carries: the request's place, and on a change's buttons which change. */
class RequestReferenceTest {
    private static final String PCX = "pcx-0a1b2c3d4e5f60718";

    @Test
    void aRequestsReferenceIsUnchanged() {
        RequestReference reference = new RequestReference(PCX, Vpcs.HERE);

        assertThat(reference.encode()).isEqualTo(PCX + "@111122223333:eu-west-1");
        assertThat(RequestReference.parse(reference.encode())).contains(reference);
        assertThat(reference.change()).isEmpty();
    }

    @Test
    void aChangesReferenceNamesItsKindAndId() {
        PeeringChange change = PeeringChange.asked(ChangeKind.DELETE, List.of(), "U0A",
                Instant.parse("2024-11-29T08:26:40.123Z"), Set.of(Side.REQUESTER));

        RequestReference reference = RequestReference.toChange(PCX, Vpcs.HERE, change);

        assertThat(reference.encode()).isEqualTo(PCX + "@111122223333:eu-west-1#delete-1732868800123");
        assertThat(RequestReference.parse(reference.encode())).contains(reference);
        assertThat(reference.change()).contains(new ChangeRef(ChangeKind.DELETE, 1732868800123L));
        assertThat(reference.change().orElseThrow().names(change)).isTrue();
        PeeringChange later = PeeringChange.asked(ChangeKind.DELETE, List.of(), "U0A",
                Instant.parse("2024-11-29T08:26:41Z"), Set.of());
        assertThat(reference.change().orElseThrow().names(later)).as("a newer delete").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", PCX, PCX + "@111122223333:eu-west-1#", PCX + "@111122223333:eu-west-1#drop-1",
            PCX + "@111122223333:eu-west-1#delete", PCX + "@111122223333:eu-west-1#delete-12x",
            PCX + "@111122223333:eu-west-1#delete-1 ", PCX + "@111122223333:eu-west-1#delete-1#open-2",
            PCX + "@111122223333:eu-west-1#delete-12345678901234567890"})
    void refusesAnythingElse(String forged) {
        assertThat(RequestReference.parse(forged)).isEqualTo(Optional.empty());
    }
}
