package io.peerbot.standin.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code views.publish}: the app sets a person's Home tab. Checked as Slack checks it: a known user, a view of
 * type {@code home} with at most 100 valid blocks, and, when the app sends {@code hash}, the hash of the view
 * it replaces. Answers with the stored view (id, hash, team and app ids), as Slack does.
 */
final class ViewMethods {
    static final String PUBLISH = "views.publish";
    private static final int MAX_PRIVATE_METADATA = 3000;

    private final Workspace workspace;
    private final HomeViews homes;
    private final EventLog log;

    ViewMethods(Workspace workspace, HomeViews homes, EventLog log) {
        this.workspace = workspace;
        this.homes = homes;
        this.log = log;
    }

    void registerWith(WebApi api) {
        api.botMethod(PUBLISH, this::publish);
    }

    JsonObject publish(ApiRequest r) throws ApiError {
        String userId = r.arg("user_id");
        if (userId == null || userId.isBlank()) {
            throw new ApiError("invalid_arguments", List.of("[ERROR] missing required field: user_id"));
        }
        SlackUser user = workspace.user(userId).filter(u -> !u.id().equals(workspace.botUser().id()))
                .orElseThrow(() -> new ApiError("user_not_found"));
        JsonObject view = view(r.arg("view"));
        Optional<JsonObject> current = homes.of(user.id());
        String hash = r.arg("hash");
        if (hash != null && !hash.isBlank() && current.isPresent()
                && !hash.equals(current.get().get("hash").getAsString())) {
            throw new ApiError("hash_conflict");
        }
        JsonObject stored = stored(view, current);
        homes.put(user.id(), stored);
        log.record(new SlackEvent.HomePublished(user.id(), stored.toString(), Instant.now()));
        JsonObject answer = new JsonObject();
        answer.add("view", stored);
        return answer;
    }

    private static JsonObject view(String argument) throws ApiError {
        if (argument == null || argument.isBlank()) {
            throw new ApiError("invalid_arguments", List.of("[ERROR] missing required field: view"));
        }
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(argument);
        } catch (JsonParseException e) {
            throw new ApiError("invalid_arguments", List.of("[ERROR] view is not valid JSON"));
        }
        if (!parsed.isJsonObject()) {
            throw new ApiError("invalid_arguments", List.of("[ERROR] view must be an object"));
        }
        JsonObject view = parsed.getAsJsonObject();
        JsonElement type = view.get("type");
        if (type == null || !type.isJsonPrimitive() || !"home".equals(type.getAsString())) {
            throw new ApiError("invalid_arguments", List.of("[ERROR] must be 'home' for views.publish [json-pointer:/view/type]"));
        }
        JsonElement blocks = view.get("blocks");
        if (blocks == null || !blocks.isJsonArray()) {
            throw new ApiError("invalid_arguments", List.of("[ERROR] missing required field: blocks [json-pointer:/view]"));
        }
        List<String> problems = BlockKitValidator.validate(blocks.getAsJsonArray(), BlockKitValidator.MAX_VIEW_BLOCKS);
        if (!problems.isEmpty()) {
            throw new ApiError("invalid_arguments", problems.stream().map(p -> "[ERROR] " + p + " [json-pointer:/view"
                    + p.substring(0, Math.max(0, p.indexOf(' '))) + "]").toList());
        }
        JsonElement metadata = view.get("private_metadata");
        if (metadata != null && metadata.isJsonPrimitive() && metadata.getAsString().length() > MAX_PRIVATE_METADATA) {
            throw new ApiError("invalid_arguments", List.of("[ERROR] must be less than 3001 characters "
                    + "[json-pointer:/view/private_metadata]"));
        }
        return view;
    }

    private JsonObject stored(JsonObject view, Optional<JsonObject> current) {
        JsonObject stored = new JsonObject();
        String id = current.map(c -> c.get("id").getAsString()).orElseGet(() -> "V" + Ids.alnum(10));
        stored.addProperty("id", id);
        stored.addProperty("team_id", workspace.teamId());
        stored.addProperty("type", "home");
        stored.add("blocks", view.get("blocks").getAsJsonArray().deepCopy());
        stored.addProperty("private_metadata", string(view, "private_metadata"));
        stored.addProperty("callback_id", string(view, "callback_id"));
        JsonObject state = new JsonObject();
        state.add("values", new JsonObject());
        stored.add("state", state);
        stored.addProperty("hash", Instant.now().getEpochSecond() + "." + Ids.alnum(8));
        stored.addProperty("clear_on_close", false);
        stored.addProperty("notify_on_close", false);
        stored.add("close", null);
        stored.add("submit", null);
        stored.add("previous_view_id", null);
        stored.addProperty("root_view_id", id);
        stored.addProperty("app_id", workspace.appId());
        stored.addProperty("external_id", string(view, "external_id"));
        stored.addProperty("app_installed_team_id", workspace.teamId());
        stored.addProperty("bot_id", workspace.botId());
        return stored;
    }

    private static String string(JsonObject view, String field) {
        JsonElement value = view.get(field);
        return value == null || !value.isJsonPrimitive() ? "" : value.getAsString();
    }

    /** The blocks of a stored view, for the page and tests. */
    static JsonArray blocks(JsonObject view) {
        return view.getAsJsonArray("blocks");
    }
}
