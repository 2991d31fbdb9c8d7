package io.peerbot.standin.slack;

import com.google.gson.JsonObject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The Home tab each person sees: the view the app last published for them with {@code views.publish}. */
final class HomeViews {
    private final Map<String, JsonObject> byUser = new ConcurrentHashMap<>();

    void put(String userId, JsonObject view) {
        byUser.put(userId, view.deepCopy());
    }

    Optional<JsonObject> of(String userId) {
        return Optional.ofNullable(byUser.get(userId)).map(JsonObject::deepCopy);
    }
}
