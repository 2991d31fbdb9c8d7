package io.peerbot.adapter.slack.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.command.CommandParser;
import io.peerbot.domain.command.ParseResult;
import org.junit.jupiter.api.Test;

class UsageTextTest {
    private final CommandParser parser = new CommandParser();

    @Test
    void usageShowsEveryCommandWithExamplesThatParse() {
        String usage = UsageText.TEXT;

        assertThat(usage).contains("`/peer <vpc> <vpc> [options]`", "`/peer plan <vpc> <vpc> [options]`",
                "`/peer list [<vpc>]`", "`/peer status <pcx-id>`", "`/peer test <pcx-id> [--ports …]`",
                "`/peer open <pcx-id> <ports>`", "`/peer close <pcx-id> <ports>`", "`/peer delete <pcx-id>`",
                "`/peer export <pcx-id> [--format terraform]`", "`/peer help`", "--ports", "--subnets", "--dns", "--no-test", "--reason", "default `icmp`");
        usage.lines().filter(l -> l.startsWith("`/peer ") && l.contains("pcx-0a1b2c3d4e5f60718")
                        || l.startsWith("`/peer app-vpc") || l.startsWith("`/peer plan 1"))
                .map(l -> l.substring("`/peer ".length(), l.lastIndexOf('`')))
                .forEach(example -> assertThat(parser.parse(example)).as(example).isInstanceOf(ParseResult.Parsed.class));
    }
}
