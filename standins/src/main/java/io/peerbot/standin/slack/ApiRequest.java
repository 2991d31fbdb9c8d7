package io.peerbot.standin.slack;

import com.google.gson.JsonObject;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** One Web API call: the method, who called (by token type), and the arguments. */
record ApiRequest(String method, TokenType tokenType, JsonObject args) {

    enum TokenType {
        BOT, APP, NONE, INVALID;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** An argument as a string (JSON values as their JSON text); null when absent or empty. */
    String arg(String name) {
        String value = SlackJson.string(args, name);
        return value == null || value.isEmpty() ? null : value;
    }

    boolean flag(String name) {
        return SlackJson.bool(args, name);
    }

    Map<String, String> argsForRecord() {
        Map<String, String> out = new LinkedHashMap<>();
        for (var e : args.entrySet()) {
            if (!e.getKey().equals("token")) {
                out.put(e.getKey(), SlackJson.string(args, e.getKey()) == null ? "" : SlackJson.string(args, e.getKey()));
            }
        }
        return out;
    }
}
