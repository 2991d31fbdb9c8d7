package io.peerbot.standin.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.javalin.http.Context;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Slack's Web API front door: {@code POST /api/<method>} with form-encoded or JSON arguments, the token in
 * {@code Authorization: Bearer} or a {@code token} argument. Always answers HTTP 200 with {@code ok}, as Slack
 * does, except for an injected {@code ratelimited} (HTTP 429 with {@code Retry-After}). An answer to a known token
 * carries the token's scopes in {@code x-oauth-scopes}, as Slack's does.
 */
final class WebApi {

    /** A method implementation; throws {@link ApiError} for Slack's {@code ok:false} answers. */
    interface Handler {
        JsonObject handle(ApiRequest request) throws ApiError;
    }

    /** {@code scope}: the bot scope the method needs, or null when the stand-in does not check one. */
    private record Method(ApiRequest.TokenType tokenType, String scope, Handler handler) {
    }

    /** An app-level token for Socket Mode has exactly this scope. */
    private static final String APP_SCOPES = "connections:write";

    private final Map<String, Method> methods = new ConcurrentHashMap<>();
    private final Map<String, Queue<String>> injectedErrors = new ConcurrentHashMap<>();
    /** A method's outage: its error, and when it ends on {@link #clock} (null: when restored). */
    private record Outage(String error, Instant until) {
    }

    private final Map<String, Outage> outages = new ConcurrentHashMap<>();
    private final java.time.Clock clock;
    private final String botToken;
    private final String appToken;
    private final String botScopes;
    private final List<String> grantedBotScopes;
    private final EventLog log;

    WebApi(String botToken, String appToken, List<String> botScopes, EventLog log, java.time.Clock clock) {
        this.clock = clock;
        this.botToken = botToken;
        this.appToken = appToken;
        this.botScopes = String.join(",", botScopes);
        this.grantedBotScopes = List.copyOf(botScopes);
        this.log = log;
    }

    WebApi botMethod(String name, Handler handler) {
        methods.put(name, new Method(ApiRequest.TokenType.BOT, null, handler));
        return this;
    }

    /** A bot method that answers {@code missing_scope} unless the bot token was granted {@code scope}. */
    WebApi botMethod(String name, String scope, Handler handler) {
        methods.put(name, new Method(ApiRequest.TokenType.BOT, scope, handler));
        return this;
    }

    WebApi appMethod(String name, Handler handler) {
        methods.put(name, new Method(ApiRequest.TokenType.APP, null, handler));
        return this;
    }

    void failNext(String method, String error) {
        injectedErrors.computeIfAbsent(method, k -> new ConcurrentLinkedQueue<>()).add(error);
    }

    void failUntil(String method, String error, java.time.Duration duration) {
        outages.put(method, new Outage(error, duration == null ? null : clock.instant().plus(duration)));
    }

    void restore(String method) {
        outages.remove(method);
    }

    /** The outage {@code method} is in now, if any. */
    private java.util.Optional<Outage> outage(String method) {
        Outage outage = outages.get(method);
        if (outage != null && outage.until() != null && !clock.instant().isBefore(outage.until())) {
            outages.remove(method, outage);
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(outage);
    }

    void handle(Context ctx) {
        String name = ctx.pathParam("method");
        JsonObject args = new JsonObject();
        ctx.queryParamMap().forEach((k, v) -> args.addProperty(k, v.get(0)));
        JsonObject answer;
        ApiRequest request = null;
        java.util.Optional<Outage> outage = outage(name);
        try {
            readBody(ctx, args);
            request = new ApiRequest(name, tokenType(token(ctx, args)), args);
            if (outage.isPresent()) {
                throw new ApiError(outage.get().error());
            }
            answer = call(request);
        } catch (ApiError e) {
            answer = e.body();
        }
        if (request == null) {
            request = new ApiRequest(name, tokenType(token(ctx, args)), args);
        }
        String error = answer.get("ok").getAsBoolean() ? null : answer.get("error").getAsString();
        log.record(new SlackEvent.ApiCalled(new ApiCall(name, request.tokenType().label(), request.argsForRecord(), error, Instant.now())));
        if ("ratelimited".equals(error)) {
            ctx.status(429).header("Retry-After", String.valueOf(retryAfter(outage)));
        }
        if (error != null && error.matches("http_5\\d\\d")) {
            ctx.status(Integer.parseInt(error.substring("http_".length()))).contentType("text/plain")
                    .result("upstream failure");
            return;
        }
        switch (request.tokenType()) {
            case BOT -> ctx.header("x-oauth-scopes", botScopes);
            case APP -> ctx.header("x-oauth-scopes", APP_SCOPES);
            default -> { }
        }
        ctx.contentType("application/json; charset=utf-8").result(answer.toString());
    }

    /** Slack says how long to wait: the seconds left of an outage with an end, else 1. */
    private long retryAfter(java.util.Optional<Outage> outage) {
        return outage.map(Outage::until).map(until -> java.time.Duration.between(clock.instant(), until))
                .map(left -> Math.max(1, left.toSeconds() + (left.toMillisPart() > 0 ? 1 : 0))).orElse(1L);
    }

    private JsonObject call(ApiRequest request) throws ApiError {
        Method method = methods.get(request.method());
        if (method == null) {
            JsonObject body = new ApiError("unknown_method").body();
            body.addProperty("req_method", request.method());
            return body;
        }
        switch (request.tokenType()) {
            case NONE -> throw new ApiError("not_authed");
            case INVALID -> throw new ApiError("invalid_auth");
            default -> {
                if (request.tokenType() != method.tokenType()) {
                    throw new ApiError("not_allowed_token_type");
                }
            }
        }
        if (method.scope() != null && !grantedBotScopes.contains(method.scope())) {
            JsonObject body = new ApiError("missing_scope").body();
            body.addProperty("needed", method.scope());
            body.addProperty("provided", botScopes);
            return body;
        }
        Queue<String> injected = injectedErrors.get(request.method());
        String error = injected == null ? null : injected.poll();
        if (error != null) {
            throw new ApiError(error);
        }
        JsonObject answer = method.handler().handle(request);
        answer.addProperty("ok", true);
        return answer;
    }

    private static void readBody(Context ctx, JsonObject args) throws ApiError {
        String body = ctx.body();
        if (body.isBlank()) {
            return;
        }
        String contentType = ctx.contentType() == null ? "" : ctx.contentType();
        if (contentType.startsWith("application/json")) {
            try {
                JsonParser.parseString(body).getAsJsonObject().entrySet().forEach(e -> args.add(e.getKey(), e.getValue()));
            } catch (JsonParseException | IllegalStateException e) {
                throw new ApiError("invalid_json");
            }
            return;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            args.addProperty(key, value);
        }
    }

    private static String token(Context ctx, JsonObject args) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        return SlackJson.string(args, "token");
    }

    private ApiRequest.TokenType tokenType(String token) {
        if (token == null || token.isEmpty()) {
            return ApiRequest.TokenType.NONE;
        }
        if (token.equals(botToken)) {
            return ApiRequest.TokenType.BOT;
        }
        if (token.equals(appToken)) {
            return ApiRequest.TokenType.APP;
        }
        return ApiRequest.TokenType.INVALID;
    }
}
