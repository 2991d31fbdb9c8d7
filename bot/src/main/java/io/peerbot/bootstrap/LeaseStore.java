package io.peerbot.bootstrap;

import io.peerbot.adapter.aws.DynamoDbClients;
import io.peerbot.adapter.aws.lease.DynamoLeases;
import io.peerbot.adapter.aws.lease.DynamoRequestsJustMade;
import io.peerbot.adapter.aws.lease.LockTable;
import io.peerbot.adapter.aws.record.DynamoSequenceLedger;
import io.peerbot.adapter.aws.record.SequenceLedger;
import io.peerbot.application.port.Leases;
import io.peerbot.application.port.RequestsJustMade;
import io.peerbot.application.request.RequestsMadeHere;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The lock table replicas of the bot share ({@code PEERBOT_LOCK_TABLE}), opened once per process and closed with
 * it: the leases through which they agree who works on what, the ledger of each peering's highest record
 * sequence, and the peering requests made lately. Without the setting there is no table: one replica keeps its
 * leases and its requests in its own memory, and no ledger is kept.
 */
public final class LeaseStore implements AutoCloseable {
    private final Optional<LockTable> table;

    private LeaseStore(Optional<LockTable> table) {
        this.table = table;
    }

    /** The table the settings name, reached in the bot's home region as the other AWS clients reach AWS. */
    public static LeaseStore open(BotSettings settings) {
        return new LeaseStore(settings.lockTable()
                .map(name -> new LockTable(DynamoDbClients.home(settings.aws()), name)));
    }

    /** No table: a single replica. */
    public static LeaseStore none() {
        return new LeaseStore(Optional.empty());
    }

    /** The table, when {@code PEERBOT_LOCK_TABLE} is set. */
    public Optional<LockTable> table() {
        return table;
    }

    /**
     * The leases shared through the table; empty without a table, when the caller keeps its own in memory.
     *
     * @param replicaId this process's id among the replicas ({@link #replicaId()})
     * @param clock     the bot's clock, which dates the leases' expiries
     */
    public Optional<Leases> leases(String replicaId, Clock clock) {
        return table.map(t -> new DynamoLeases(t, replicaId, clock));
    }

    /** The peering requests made lately, in the table; without a table, in this process's memory. */
    public RequestsJustMade requestsJustMade() {
        return table.<RequestsJustMade>map(DynamoRequestsJustMade::new).orElseGet(RequestsMadeHere::new);
    }

    /** The record-sequence ledger in the table; without a table, none ({@link SequenceLedger#none()}). */
    public SequenceLedger ledger() {
        return table.<SequenceLedger>map(DynamoSequenceLedger::new).orElseGet(SequenceLedger::none);
    }

    /**
     * An id for this process, different from every other replica's and from this host's earlier processes: the
     * host name ({@code HOSTNAME}, a container's or pod's name), the process id and a random part (a container's
     * process is often pid 1 every time).
     */
    public static String replicaId() {
        String host = Optional.ofNullable(System.getenv("HOSTNAME")).filter(h -> !h.isBlank()).orElse("peerbot");
        byte[] random = new byte[3];
        ThreadLocalRandom.current().nextBytes(random);
        return host + "-" + ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(random);
    }

    @Override
    public void close() {
        table.ifPresent(LockTable::close);
    }
}
