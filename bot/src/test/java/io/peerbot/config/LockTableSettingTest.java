package io.peerbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LockTableSettingTest {
    private final Map<String, String> env = new HashMap<>(Map.of(
            "SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"));

    @Test
    void unsetThereIsNoTable() {
        assertThat(PeerbotSettings.fromEnvironment(env).aws().lockTable()).isEmpty();
    }

    @Test
    void aTableNameIsTakenTrimmed() {
        env.put("PEERBOT_LOCK_TABLE", "  peerbot-locks.prod_1 ");

        assertThat(PeerbotSettings.fromEnvironment(env).aws().lockTable()).contains("peerbot-locks.prod_1");
    }

    @Test
    void aNameDynamoDbWouldRefuseIsNamedWithTheRules() {
        for (String name : new String[] {"ab", "peerbot locks", "peerbot/locks", "x".repeat(256)}) {
            env.put("PEERBOT_LOCK_TABLE", name);

            assertThatThrownBy(() -> PeerbotSettings.fromEnvironment(env))
                    .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems())
                            .singleElement().asString()
                            .startsWith("PEERBOT_LOCK_TABLE must be a DynamoDB table name such as peerbot-locks "
                                    + "(3 to 255 characters, each a letter, a digit, '_', '.' or '-'), not '"));
        }
    }
}
