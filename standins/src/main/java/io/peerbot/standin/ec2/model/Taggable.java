package io.peerbot.standin.ec2.model;

/** A resource with an ID and tags. */
public interface Taggable {
    String id();

    Tags tags();

    /** The {@code Name} tag, or null. */
    default String name() {
        return tags().get("Name");
    }
}
