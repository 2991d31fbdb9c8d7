package io.peerbot.adapter.terraform;

import com.github.mustachejava.DefaultMustacheFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Mustache templates from {@code terraform/} on the class path whose {@code {{value}}}s are escaped for HCL's
 * quoted strings (a quote, a backslash, a newline, and {@code ${} / {@code %{} that would start a template
 * sequence), instead of for HTML.
 */
final class HclMustache extends DefaultMustacheFactory {
    HclMustache() {
        super("terraform");
    }

    @Override
    public void encode(String value, Writer writer) {
        try {
            writer.write(escape(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean sequence = (c == '$' || c == '%') && i + 1 < value.length() && value.charAt(i + 1) == '{';
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(sequence ? String.valueOf(c) + c : String.valueOf(c));
            }
        }
        return out.toString();
    }
}
