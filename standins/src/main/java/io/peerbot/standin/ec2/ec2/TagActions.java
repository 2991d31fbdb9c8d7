package io.peerbot.standin.ec2.ec2;

import io.peerbot.standin.ec2.http.Xml;
import io.peerbot.standin.ec2.model.Tags;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CreateTags and DeleteTags on any resource of the caller's account and region, peering connections included. */
final class TagActions {
    private TagActions() {
    }

    static void register(Map<String, Ec2Action> actions) {
        actions.put("CreateTags", TagActions::create);
        actions.put("DeleteTags", TagActions::delete);
    }

    private static void create(Ec2Call call, Xml out) {
        List<Tags> targets = targets(call);
        Map<String, String> tags = new LinkedHashMap<>();
        for (Ec2Params tag : call.params().members("Tag")) {
            String value = tag.get("Value");
            tags.put(tag.required("Key"), value == null ? "" : value);
        }
        if (tags.isEmpty()) {
            throw Ec2Errors.missing("Tag");
        }
        targets.forEach(t -> TagRules.check(tags, t.asMap()));
        targets.forEach(t -> t.putAll(tags));
        out.value("return", true);
    }

    private static void delete(Ec2Call call, Xml out) {
        List<Tags> targets = targets(call);
        for (Ec2Params tag : call.params().members("Tag")) {
            String key = tag.required("Key");
            String onlyIfValue = tag.has("Value") ? tag.get("Value") : null;
            targets.forEach(t -> t.remove(key, onlyIfValue));
        }
        out.value("return", true);
    }

    /** The tags of every {@code ResourceId.N}; all must exist before anything changes. */
    private static List<Tags> targets(Ec2Call call) {
        List<String> ids = call.params().list("ResourceId");
        if (ids.isEmpty()) {
            throw Ec2Errors.missing("ResourceId");
        }
        return ids.stream().map(id -> id.startsWith("pcx-")
                ? call.peering(id).tagsOf(call.account(), call.region())
                : call.here().findTaggable(id).orElseThrow(() -> Ec2Errors.notFound(id)).tags()).toList();
    }
}
