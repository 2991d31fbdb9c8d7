package io.peerbot.domain.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The forms {@code /peer export} can give what peerbot made for a peering in. */
public enum ExportFormat {
    TERRAFORM("terraform");

    private final String code;

    ExportFormat(String code) {
        this.code = code;
    }

    /** As typed after {@code --format}. */
    public String code() {
        return code;
    }

    public static Optional<ExportFormat> named(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.code.equals(wanted)).findFirst();
    }

    /** "terraform", comma-separated, for an answer that lists them. */
    public static String known() {
        return Arrays.stream(values()).map(ExportFormat::code).collect(Collectors.joining(", "));
    }
}
