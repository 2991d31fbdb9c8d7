package io.peerbot.domain.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OwnerSpecTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = ';', textBlock = """
            U123ABC                                 ; U123ABC          ; ''
            U123ABC,W456DEF                         ; U123ABC W456DEF  ; ''
            ' U123ABC , ana@example.com '           ; U123ABC          ; ana@example.com
            U123ABC W456DEF                         ; U123ABC W456DEF  ; ''
            <@U123ABC>,<@W456DEF|ana>               ; U123ABC W456DEF  ; ''
            U123ABC,U123ABC,ana@example.com         ; U123ABC          ; ana@example.com
            ana@example.com bo.b+ops@corp.example.org ; ''             ; ana@example.com bo.b+ops@corp.example.org
            """)
    void readsUserIdsAndEmails(String value, String users, String emails) {
        assertThat(OwnerSpec.parse(value)).isEqualTo(new OwnerSpec(words(users), words(emails)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = ';', textBlock = """
            S0TEAM01                         ; S0TEAM01
            '<!subteam^S0TEAM01|@db>, U123AB' ; S0TEAM01
            """)
    void readsUserGroups(String value, String group) {
        assertThat(OwnerSpec.parse(value).groupIds()).containsExactly(group);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = ';', textBlock = """
            ''                     ; no owner given; expected Slack user ids or e-mail addresses, e.g. U123ABC,ana@example.com
            ' , '                  ; no owner given
            ana                    ; 'ana' is neither a Slack user id nor an e-mail address
            @ana                   ; '@ana' is neither a Slack user id nor an e-mail address
            u123abc                ; 'u123abc' is neither a Slack user id nor an e-mail address
            C0PLATFORM             ; 'C0PLATFORM' is neither a Slack user id nor an e-mail address
            U123ABC,ana@example    ; 'ana@example' is neither
            """)
    void refusesAnythingElse(String value, String problem) {
        assertThatThrownBy(() -> OwnerSpec.parse(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(problem);
    }

    @Test
    void readsAnOwnersFileList() {
        assertThat(OwnerSpec.of(List.of("U123ABC", "ana@example.com, W456DEF")))
                .isEqualTo(new OwnerSpec(List.of("U123ABC", "W456DEF"), List.of("ana@example.com")));
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }
}
