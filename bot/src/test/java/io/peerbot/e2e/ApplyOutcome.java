package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ACCOUNT_A;
import static io.peerbot.e2e.Org.REGION_A;

import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.ec2.model.StoredSecurityGroup;
import io.peerbot.standin.ec2.model.StoredSecurityGroupRule;
import io.peerbot.standin.slack.RecordedMessage;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What an apply of app-vpc ↔ db-vpc left, as a person would compare two runs: the peerings and their status, the
 * routes and rules made for the peering (each listed as often as it exists), how often the thread says the peering
 * is ready, the thread's last message and the card — ids, times and timestamps that differ from run to run
 * replaced, so a run can be compared with a reference run.
 */
record ApplyOutcome(List<String> peerings, List<String> routes, List<String> rules, long readyMessages,
                    String lastMessage, String card, String recordUnreported) {
    private static final Pattern READY = Pattern.compile("Peering `pcx-[0-9a-f]+` is ready");
    private static final Map<Pattern, String> VARYING = Map.of(
            Pattern.compile("pcx-[0-9a-f]+"), "pcx-…",
            Pattern.compile("sgr-[0-9a-f]+"), "sgr-…",
            Pattern.compile("<!date\\^\\d+\\^[^>]*>"), "<date>",
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2})?( ?UTC|Z)?"), "<time>",
            Pattern.compile("\\d{9,10}\\.\\d{6}"), "<ts>");

    static ApplyOutcome of(Harness h, RecordedMessage card) {
        List<StoredPeeringConnection> all = h.ec2.state().peerings();
        List<String> peerings = all.stream().map(p -> p.status().code()).sorted().toList();
        String pcxId = all.size() == 1 ? all.get(0).id() : "";
        List<String> routes = h.ec2.state().region(ACCOUNT_A, REGION_A).routeTables().stream()
                .flatMap(t -> t.routes().stream().filter(r -> pcxId.equals(r.vpcPeeringConnectionId()))
                        .map(r -> t.id() + " " + r.destinationCidrBlock()))
                .sorted().toList();
        List<String> rules = h.ec2.state().region(ACCOUNT_A, REGION_A).securityGroups().stream()
                .map(StoredSecurityGroup::ingressRules).flatMap(List::stream)
                .filter(r -> pcxId.equals(r.tags().asMap().get("peerbot:pcx")))
                .map(ApplyOutcome::rule).sorted().toList();
        List<RecordedMessage> thread = h.thread(card);
        long ready = thread.stream().filter(m -> READY.matcher(m.allText()).find()).count();
        String last = thread.isEmpty() ? "" : normalised(thread.get(thread.size() - 1).allText());
        String unreported = all.size() == 1 ? all.get(0).tags().get("peerbot:unreported") : null;
        return new ApplyOutcome(peerings, routes, rules, ready, last, normalised(h.current(card).allText()),
                unreported);
    }

    private static String rule(StoredSecurityGroupRule rule) {
        return rule.groupId() + " " + rule.spec().ipProtocol() + ":" + rule.spec().fromPort() + "-"
                + rule.spec().toPort() + " from " + (rule.spec().referencedGroupId() != null
                ? rule.spec().referencedGroupId() : rule.spec().cidrIpv4());
    }

    static String normalised(String text) {
        String result = text;
        for (Map.Entry<Pattern, String> varying : VARYING.entrySet()) {
            result = varying.getKey().matcher(result).replaceAll(varying.getValue());
        }
        return result;
    }
}
