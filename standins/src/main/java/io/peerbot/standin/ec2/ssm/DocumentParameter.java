package io.peerbot.standin.ec2.ssm;

import io.peerbot.standin.ec2.http.AwsServiceError;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One parameter of a Command document, as schema 2.2 declares it: {@code String} or {@code StringList}, an
 * optional {@code default} (without one the parameter is required), {@code allowedPattern} (every value, or every
 * item of a list, must match it as a whole), {@code maxChars} and {@code maxItems}.
 */
record DocumentParameter(String name, Type type, Optional<List<String>> defaultValue, Optional<Pattern> allowedPattern,
                         Optional<Integer> maxChars, Optional<Integer> maxItems) {

    enum Type { STRING, STRING_LIST }

    /** The values to run with: the given ones checked against the declaration, else the default. */
    List<String> resolve(Optional<List<String>> given) {
        if (given.isEmpty()) {
            return defaultValue.orElseThrow(() -> invalid("Parameter \"" + name + "\" is required."));
        }
        List<String> values = given.get();
        if (type == Type.STRING && values.size() != 1) {
            throw invalid("Parameter \"" + name + "\" is a String and takes exactly one value.");
        }
        maxItems.filter(max -> values.size() > max).ifPresent(max -> {
            throw invalid("Parameter \"" + name + "\" has " + values.size() + " items; maxItems is " + max + ".");
        });
        for (String value : values) {
            maxChars.filter(max -> value.length() > max).ifPresent(max -> {
                throw invalid("Parameter \"" + name + "\" \"" + value + "\" is longer than maxChars " + max + ".");
            });
            allowedPattern.filter(p -> !p.matcher(value).matches()).ifPresent(p -> {
                throw invalid("Parameter \"" + name + "\" \"" + value + "\" failed to satisfy constraint: "
                        + "allowed pattern: " + p.pattern());
            });
        }
        return List.copyOf(values);
    }

    private static AwsServiceError invalid(String message) {
        return AwsServiceError.client("InvalidParameters", message);
    }
}
