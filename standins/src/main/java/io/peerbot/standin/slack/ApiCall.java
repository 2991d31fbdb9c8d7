package io.peerbot.standin.slack;

import java.time.Instant;
import java.util.Map;

/**
 * One Web API call the app made.
 *
 * @param method    e.g. {@code chat.postMessage}
 * @param tokenType {@code bot}, {@code app}, {@code none} or {@code invalid}
 * @param params    the arguments, JSON values as their JSON text
 * @param error     null when Slack answered {@code ok:true}, else the error code
 * @param at        when it arrived
 */
public record ApiCall(String method, String tokenType, Map<String, String> params, String error, Instant at) {

    public ApiCall {
        params = Map.copyOf(params);
    }

    public boolean ok() {
        return error == null;
    }
}
