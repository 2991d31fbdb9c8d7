package io.peerbot.application.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.domain.chat.MessageRef;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SharedFileTest {
    private static final MessageRef THREAD = new MessageRef("C0NET", "1700000000.000100");
    private static final byte[] HCL = "resource {}\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aFileInAThreadIsSharedInTheThreadsChannel() {
        SharedFile file = SharedFile.inThread(THREAD, "peering-pcx-1.tf", "Terraform for pcx-1", HCL);

        assertThat(file.channel()).isEqualTo("C0NET");
        assertThat(file.thread()).contains(THREAD);
        assertThat(file.size()).isEqualTo(HCL.length);
    }

    @Test
    void itsContentCannotBeChangedFromOutside() {
        byte[] bytes = HCL.clone();
        SharedFile file = SharedFile.inChannel("C0NET", "a.tf", "a", bytes);
        bytes[0] = 'X';
        file.content()[1] = 'Y';

        assertThat(file.content()).isEqualTo(HCL);
        assertThat(file).isEqualTo(SharedFile.inChannel("C0NET", "a.tf", "a", HCL));
    }

    @Test
    void aBlankNameOrTitleIsRefused() {
        assertThatThrownBy(() -> SharedFile.inChannel("C0NET", " ", "title", HCL)).hasMessageContaining("filename");
        assertThatThrownBy(() -> SharedFile.inChannel("C0NET", "a.tf", "", HCL)).hasMessageContaining("title");
        assertThatThrownBy(() -> SharedFile.inChannel("C0NET", "../a.tf", "a", HCL)).hasMessageContaining("directory");
    }

    @Test
    void anEmptyOrHugeFileIsRefused() {
        assertThatThrownBy(() -> SharedFile.inChannel("C0NET", "a.tf", "a", new byte[0]))
                .hasMessageContaining("1 to");
        assertThatThrownBy(() -> SharedFile.inChannel("C0NET", "a.tf", "a", new byte[SharedFile.MAX_BYTES + 1]))
                .hasMessageContaining(String.valueOf(SharedFile.MAX_BYTES));
    }

    @Test
    void aThreadOfAnotherChannelIsRefused() {
        assertThatThrownBy(() -> new SharedFile("C0OTHER", Optional.of(THREAD), "a.tf", "a", HCL))
                .hasMessageContaining("not in channel");
    }
}
