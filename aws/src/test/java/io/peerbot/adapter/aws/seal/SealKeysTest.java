package io.peerbot.adapter.aws.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SealKeysTest {
    static final String KEY_1 = Base64.getEncoder().encodeToString(bytes(32, 1));
    static final String KEY_2 = Base64.getEncoder().encodeToString(bytes(48, 2));

    static byte[] bytes(int length, int seed) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + seed);
        }
        return bytes;
    }

    @Test
    void theFirstKeySignsAndEveryKeyVerifies() {
        SealKeys keys = SealKeys.parse("k2:" + KEY_2 + ", k1:" + KEY_1);
        byte[] message = "record".getBytes(StandardCharsets.UTF_8);

        assertThat(keys.signingKeyId()).isEqualTo("k2");
        assertThat(keys.keyIds()).containsExactly("k2", "k1");
        assertThat(keys.verify("k1", message, keys.mac("k1", message))).isEqualTo(SealMacs.MacCheck.MATCH);
        assertThat(keys.verify("k2", message, keys.mac("k1", message))).isEqualTo(SealMacs.MacCheck.MISMATCH);
        assertThat(keys.verify("k3", message, keys.mac("k1", message))).isEqualTo(SealMacs.MacCheck.UNKNOWN_KEY);
    }

    @Test
    void macIsHmacSha256OfTheKey() {
        SealKeys keys = SealKeys.parse("k1:" + KEY_1);

        assertThat(keys.mac("k1", new byte[0])).hasSize(32)
                .isEqualTo(SealKeys.parse("other-id:" + KEY_1).mac("other-id", new byte[0]));
    }

    @Test
    void readsTheVariableFromTheEnvironmentAndAcceptsUrlSafeBase64() {
        String urlSafe = Base64.getUrlEncoder().encodeToString(bytes(32, 7));

        assertThat(SealKeys.fromEnvironment(Map.of("PEERBOT_SEAL_KEYS", "2026-12.a:" + urlSafe)).signingKeyId())
                .isEqualTo("2026-12.a");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "''|PEERBOT_SEAL_KEYS is not set. The bot seals the records it keeps on peerings with it; set it to "
                    + "keyId:base64key, e.g. k1:$(openssl rand -base64 32).",
            "'   '|PEERBOT_SEAL_KEYS is not set.",
            "k1|PEERBOT_SEAL_KEYS: entry 1 is not keyId:base64key.",
            "k1:MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI=,|PEERBOT_SEAL_KEYS: entry 2 is not keyId:base64key.",
            "k 1:MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI=|PEERBOT_SEAL_KEYS: entry 1 has a key id (before its "
                    + "first ':') that is not 1 to 64 letters, digits, '.', '_' or '-'; an entry is keyId:base64key, "
                    + "the id first.",
            ":MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI=|entry 1 has a key id (before its first ':') that is not",
            "k1:MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI=,k1:MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI=|"
                    + "PEERBOT_SEAL_KEYS: key id k1 appears twice.",
            "k1:not base64!|PEERBOT_SEAL_KEYS: key k1 is not base64.",
            "k1:c2hvcnQta2V5LTE2Ynl0ZQ==|PEERBOT_SEAL_KEYS: key k1 has 16 bytes; a seal key needs at least 32 random "
                    + "bytes (openssl rand -base64 32)."})
    void aMalformedOrShortKeyIsAConfigurationErrorThatSaysWhatToFix(String value, String message) {
        assertThatThrownBy(() -> SealKeys.parse(value)).isInstanceOf(SealKeyException.class)
                .hasMessageContaining(message);
    }

    @Test
    void aKeyWrittenBeforeItsIdIsNotRepeatedInTheError() {
        assertThatThrownBy(() -> SealKeys.parse(KEY_1 + ":k1")).isInstanceOf(SealKeyException.class)
                .hasMessageContaining("the id first").message().doesNotContain(KEY_1.substring(0, 8));
    }

    @Test
    void neverShowsKeyMaterial() {
        SealKeys keys = SealKeys.parse("k2:" + KEY_2 + ",k1:" + KEY_1);

        assertThat(keys.toString()).isEqualTo("SealKeys[k2 signs; k2, k1 verify]").doesNotContain(KEY_1, KEY_2);
        assertThatThrownBy(() -> SealKeys.parse("k1:c2hvcnQta2V5LTE2Ynl0ZQ==")).message()
                .doesNotContain("c2hvcnQta2V5LTE2Ynl0ZQ==");
    }
}
