package io.peerbot.application.usecase;

/** How much of a plan the request message shows before the full plan goes to the thread. */
final class PlanSize {
    /** Routes plus rules; above this the card summarises and the thread gets every line. */
    static final int CARD_ITEMS = 12;

    private PlanSize() {
    }
}
