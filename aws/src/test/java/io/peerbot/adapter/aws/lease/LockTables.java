package io.peerbot.adapter.aws.lease;

import io.peerbot.adapter.aws.AwsSettings;
import io.peerbot.adapter.aws.Backoff;
import io.peerbot.adapter.aws.DynamoDbClients;
import io.peerbot.adapter.aws.StandInAws;
import io.peerbot.standin.ec2.Ec2StandIn;
import java.time.Duration;
import java.util.Optional;

/** Lock tables on the stand-in's DynamoDB, reached as the bot reaches its own: home account, home region. */
public final class LockTables {
    public static final String REGION = "us-east-1";
    public static final String TABLE = "peerbot-locks";

    private LockTables() {
    }

    /** Makes the table in {@code account}'s home region as {@link LockTable#createCommand} would. */
    public static void create(Ec2StandIn standIn, String account) {
        standIn.dynamodb().createTable(account, REGION, TABLE, LockTable.KEY, LockTable.EXPIRES_AT);
    }

    /** A client of its own, as each replica has. */
    public static LockTable open(Ec2StandIn standIn, String account) {
        AwsSettings settings = new AwsSettings(Optional.of(REGION), Optional.of(standIn.endpoint()), Optional.empty(),
                standIn.credentialsFor(account).provider(), StandInAws.FAST_RETRY,
                new Backoff(Duration.ofMillis(1), Duration.ofMillis(20)));
        return new LockTable(DynamoDbClients.home(settings), TABLE);
    }

    /** A stand-in with the lock table made in {@code account}, opened by two replicas, each with its own client. */
    public record TwoReplicas(Ec2StandIn standIn, LockTable a, LockTable b) implements AutoCloseable {
        public static TwoReplicas start(String account) {
            Ec2StandIn standIn = new Ec2StandIn().start();
            create(standIn, account);
            return new TwoReplicas(standIn, open(standIn, account), open(standIn, account));
        }

        @Override
        public void close() {
            a.close();
            b.close();
            standIn.close();
        }
    }
}
