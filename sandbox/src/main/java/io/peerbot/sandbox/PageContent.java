package io.peerbot.sandbox;

import java.util.List;

/**
 * What the page shows besides the channel: who is who, the VPCs, and what to try.
 *
 * @param channelId the channel shown
 * @param people    the people to pick from, in this order
 * @param vpcs      the organisation's VPCs
 * @param hints     what to try, in order
 */
public record PageContent(String channelId, List<DemoUser> people, List<DemoVpc> vpcs, List<Hint> hints) {
    public PageContent {
        people = List.copyOf(people);
        vpcs = List.copyOf(vpcs);
        hints = List.copyOf(hints);
    }
}
