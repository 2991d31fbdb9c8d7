package io.peerbot.adapter.slack.blocks;

/** How to use {@code /peer}, with examples: Slack mrkdwn, but plain enough to read anywhere. */
public final class UsageText {
    public static final String TEXT = """
            *peerbot* peers two VPCs once the owners of both agree. The first VPC asks, the second accepts.
            `/peer <vpc> <vpc> [options]` — ask for a peering; the owners approve in the channel
            `/peer plan <vpc> <vpc> [options]` — show the routes and rules it would add; changes nothing
            `/peer list [<vpc>]` — peerings and their state
            `/peer status <pcx-id>` — state, routes, rules, last test
            `/peer test <pcx-id> [--ports …]` — run the connectivity test again
            `/peer open <pcx-id> <ports>` / `/peer close <pcx-id> <ports>` — add / remove security-group rules (owners approve)
            `/peer delete <pcx-id>` — remove what peerbot added and delete the peering (owners approve)
            `/peer retry <pcx-id>` — finish an apply that failed; adds only what is missing
            `/peer policy [<vpc>]` — the policy's rules (for peerings of that VPC)
            `/peer map [<vpc>|<account>]` — a picture of the VPCs and their peerings, shared in the channel
            `/peer export <pcx-id> [--format terraform]` — Terraform with `import` blocks for what peerbot made, in its thread
            `/peer help` — this text

            *A VPC* is its id (`vpc-0a1b2c3d`), its Name tag (`billing`, or `"Billing VPC"` in quotes), or qualified \
            as `account:region:name` (`222233334444:eu-west-1:billing`).
            *Options*
            `--ports tcp:5432,udp:53,tcp:8000-8100,icmp` — what the peer may reach, at most 20 items (default `icmp`). \
            The test pings: keep `icmp` in the list to see ping results.
            `--subnets subnet-0a1b2c3d,subnet-4e5f6a7b` — only the route tables of these subnets (default: every subnet)
            `--to sg-…,sg-…` — the accepter's groups that get the rules (default: the groups of the network interfaces \
            in the chosen subnets that already admit the port — a database's, not a bastion's — or those tagged `peerbot:group`)
            `--from sg-…` — the requester's groups, for mirror rules and as sources with `--source-groups`
            `--both-ways` — rules on the requester side too (default: one way, requester → accepter; `icmp` both ways)
            `--source-groups` — allow the peer's security groups instead of its address blocks (same region only)
            `--dns` — resolve the peer's private DNS names across the peering
            `--no-test` — skip the connectivity test
            `--reason "…"` — why, for the record (up to 500 characters)
            `--override-routes` — allow the peering's routes to move traffic off a transit gateway, firewall or NAT path
            `--override "why"` — admins only: go ahead although the policy denies it; recorded on the card and in the thread
            *Examples*
            `/peer app-vpc db-vpc --ports tcp:5432,icmp --reason "orders service reads the billing DB"`
            `/peer plan 111122223333:eu-west-1:app-vpc 222233334444:us-east-1:billing --ports tcp:443`
            `/peer list app-vpc`
            `/peer map app-vpc`
            `/peer test pcx-0a1b2c3d4e5f60718 --ports tcp:5432`
            `/peer open pcx-0a1b2c3d4e5f60718 tcp:6379`
            """;

    private UsageText() {
    }
}
