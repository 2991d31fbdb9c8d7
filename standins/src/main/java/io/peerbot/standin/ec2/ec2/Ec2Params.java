package io.peerbot.standin.ec2.ec2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Query parameters of one EC2 request, or the members of one list entry ({@code IpPermissions.1.}...). Lists
 * are flattened as EC2 names them: {@code VpcId.1}, {@code Filter.2.Value.1}, {@code TagSpecification.1.Tag.1.Key}.
 */
final class Ec2Params {
    private final Map<String, String> params;
    private final String prefix;

    Ec2Params(Map<String, String> params) {
        this(params, "");
    }

    private Ec2Params(Map<String, String> params, String prefix) {
        this.params = params;
        this.prefix = prefix;
    }

    /** A parameter, or null. */
    String get(String name) {
        return params.get(prefix + name);
    }

    boolean has(String name) {
        return params.containsKey(prefix + name);
    }

    /** A parameter that must be present and not empty. */
    String required(String name) {
        String value = get(name);
        if (value == null || value.isEmpty()) {
            throw Ec2Errors.missing(name);
        }
        return value;
    }

    boolean bool(String name) {
        return "true".equalsIgnoreCase(get(name));
    }

    /** A Boolean parameter, or null when absent. */
    Boolean optionalBool(String name) {
        String value = get(name);
        return value == null ? null : Boolean.parseBoolean(value);
    }

    /** An integer parameter, or null when absent. */
    Integer integer(String name) {
        String value = get(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw Ec2Errors.invalid("Invalid value '" + value + "' for " + name);
        }
    }

    /** The values of {@code name.1}, {@code name.2}, ... in index order. */
    List<String> list(String name) {
        Pattern p = Pattern.compile(Pattern.quote(prefix + name) + "\\.(\\d+)");
        TreeMap<Integer, String> byIndex = new TreeMap<>();
        params.forEach((k, v) -> {
            Matcher m = p.matcher(k);
            if (m.matches()) {
                byIndex.put(Integer.parseInt(m.group(1)), v);
            }
        });
        return new ArrayList<>(byIndex.values());
    }

    /** The entries {@code name.N.*}, each as parameters relative to {@code name.N.}, in index order. */
    List<Ec2Params> members(String name) {
        Pattern p = Pattern.compile(Pattern.quote(prefix + name) + "\\.(\\d+)\\..+");
        TreeMap<Integer, Ec2Params> byIndex = new TreeMap<>();
        for (String k : params.keySet()) {
            Matcher m = p.matcher(k);
            if (m.matches()) {
                int index = Integer.parseInt(m.group(1));
                byIndex.computeIfAbsent(index, i -> new Ec2Params(params, prefix + name + "." + i + "."));
            }
        }
        return new ArrayList<>(byIndex.values());
    }
}
