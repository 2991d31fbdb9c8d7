package io.peerbot.application.port.in;

/** Someone opened the bot's Home tab in the chat: show them the network and their part of it. */
public interface HomeTabUseCase {
    void opened(String userId);
}
