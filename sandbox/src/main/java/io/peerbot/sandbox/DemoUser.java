package io.peerbot.sandbox;

/**
 * A person in the sandbox's Slack workspace.
 *
 * @param id       Slack user ID ({@code U…}), as in the VPCs' {@code peerbot:owner} tags
 * @param name     the handle ({@code alice})
 * @param realName the full name
 * @param email    the profile e-mail
 * @param role     what they are in the demo, for the page ("owns app-vpc")
 */
public record DemoUser(String id, String name, String realName, String email, String role) {
}
