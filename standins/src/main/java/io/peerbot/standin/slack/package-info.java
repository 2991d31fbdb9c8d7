/**
 * A local Slack for tests and the sandbox: {@link io.peerbot.standin.slack.SlackStandIn}.
 *
 * <p>It speaks Slack's Web API ({@code /api/<method>}, form or JSON, bearer tokens) and Socket Mode
 * ({@code apps.connections.open}, {@code hello}, envelopes, acks, {@code disconnect}) on 127.0.0.1, so the real
 * Bolt app runs against it unchanged. It checks messages as Slack does (Block Kit limits, {@code msg_too_long},
 * {@code no_text}, channel and membership errors) and answers with Slack's error codes.
 *
 * <p>Tests act as people through {@link io.peerbot.standin.slack.SlackStandIn#typeCommand} and
 * {@link io.peerbot.standin.slack.SlackStandIn#click}, read what the app did ({@code messages}, {@code thread},
 * {@code ephemeralsFor}, {@code acks}, {@code responseUrlPosts}, {@code apiCalls}) and wait for it with the
 * {@code await…} methods, which wake on each recorded event and never poll. A page can follow everything live with
 * {@link io.peerbot.standin.slack.SlackStandIn#onEvent}.
 *
 * <p>This package depends on no other peerbot code.
 */
package io.peerbot.standin.slack;
