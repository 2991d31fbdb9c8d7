package io.peerbot.bench;

/**
 * What one decisive Approve click cost, seen from outside the bot.
 *
 * @param describesUntilApplied EC2 describe calls that arrived between the click and the thread's reply saying the
 *                              change is applied
 * @param describes             EC2 describe calls between the click and the bot falling idle, so including what it
 *                              read to redraw the messages after the change was applied
 * @param writes                EC2 calls that change state, click to idle
 * @param firstReplyMillis      click to the first reply in the thread
 * @param appliedMillis         click to the thread's reply saying the change is applied
 */
record Measurement(long describesUntilApplied, long describes, long writes, long firstReplyMillis,
                   long appliedMillis) {
}
