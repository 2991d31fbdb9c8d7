package io.peerbot.adapter.owners;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The owners file: each key is the VPC id, VPC Name or account exactly as written. */
class YamlOwnersFileTest {
    private static final String VPC = "vpc-0a1b2c3d4e5f67890";
    private static final String OTHER_VPC = "vpc-0fedcba987654321f";

    @TempDir
    Path dir;

    @Test
    void anOrdinaryFileGivesOwnersByVpcIdNameAndAccount() throws Exception {
        YamlOwnersFile file = load("""
                vpc-0a1b2c3d4e5f67890: [U012ABCDEF, alice@example.com]
                billing: U034GHIJKL
                "222233334444": [net-team@example.com]
                """);

        assertThat(file.ownersOf(VPC, Optional.of("app"), "111122223333"))
                .contains(List.of("U012ABCDEF", "alice@example.com"));
        assertThat(file.ownersOf(OTHER_VPC, Optional.of("billing"), "111122223333")).contains(List.of("U034GHIJKL"));
        assertThat(file.ownersOf(OTHER_VPC, Optional.of("app"), "222233334444"))
                .contains(List.of("net-team@example.com"));
        assertThat(file.ownersOf(OTHER_VPC, Optional.of("app"), "111122223333")).isEmpty();
        assertThat(OwnersFileDoctor.check(Optional.of(dir.resolve("owners.yaml"))).failed()).isFalse();
    }

    @Test
    void anUnquotedAccountWithALeadingZeroIsThatAccount() throws Exception {
        YamlOwnersFile file = load("""
                012345670123: [U0NETOPS]
                """);

        assertThat(file.entries()).containsOnlyKeys("012345670123");
        assertThat(file.ownersOf(VPC, Optional.empty(), "012345670123")).contains(List.of("U0NETOPS"));
    }

    @Test
    void aVpcNamedLikeAYesOrNoIsThatName() throws Exception {
        YamlOwnersFile file = load("""
                yes: U0YESOWN
                on: U0ONOWN
                no: U0NOOWN
                """);

        assertThat(file.entries()).containsOnlyKeys("yes", "on", "no");
        assertThat(file.ownersOf(VPC, Optional.of("yes"), "111122223333")).contains(List.of("U0YESOWN"));
        assertThat(file.ownersOf(VPC, Optional.of("on"), "111122223333")).contains(List.of("U0ONOWN"));
        assertThat(file.ownersOf(VPC, Optional.of("no"), "111122223333")).contains(List.of("U0NOOWN"));
    }

    private YamlOwnersFile load(String yaml) throws Exception {
        Path file = dir.resolve("owners.yaml");
        Files.writeString(file, yaml);
        return YamlOwnersFile.load(file);
    }
}
