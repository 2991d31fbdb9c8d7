package io.peerbot.adapter.aws.seal;

import static io.peerbot.adapter.aws.StandInAws.A;
import static io.peerbot.adapter.aws.StandInAws.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.adapter.aws.StandInAws;
import io.peerbot.application.port.CloudException;
import io.peerbot.domain.network.Location;
import io.peerbot.standin.ec2.kms.KmsService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;

/** Seals made and checked by KMS HMAC keys, through the real SDK against the stand-in. */
class KmsSealMacsTest {
    private static final PeeringIdentity PEERING = new PeeringIdentity("pcx-0a1b2c3d4e5f60718",
            new Location(A, "us-east-1"), "vpc-0aaa0001", new Location(B, "eu-west-1"), "vpc-0bbb0002");

    private StandInAws aws;
    private KmsService kmsStandIn;
    private KmsClient kms;
    private String key;

    @BeforeEach
    void start() {
        aws = new StandInAws();
        kmsStandIn = new KmsService();
        aws.ec2.addService(kmsStandIn);
        key = kmsStandIn.hmacKey(A, "us-east-1");
        kms = KmsClient.builder().region(Region.US_EAST_1).endpointOverride(aws.ec2.endpoint())
                .credentialsProvider(aws.ec2.credentialsFor(A).provider()).build();
    }

    @AfterEach
    void stop() {
        kms.close();
        aws.close();
    }

    private SealedRecordReader reader(List<String> keys) {
        return new SealedRecordReader(new RecordSeal(new KmsSealMacs(kms, keys)));
    }

    @Test
    void aRecordSealedByTheKmsKeyIsTrustedAndAForgedOneIsNot() {
        RecordSeal seal = new RecordSeal(new KmsSealMacs(kms, List.of(key)));
        Map<String, String> sealed = seal.seal(PEERING, SealedRecordReaderTest.pending(), 3);
        Map<String, String> forged = new HashMap<>(sealed);
        forged.put("peerbot:approvals", "requester=U0ALICE01,accepter=U0DAVE001");

        assertThat(sealed).containsEntry("peerbot:seal-key", key);
        assertThat(reader(List.of(key)).read(PEERING, sealed, sealed).outcome()).isEqualTo(SealOutcome.VALID);
        assertThat(reader(List.of(key)).read(PEERING, forged, sealed).outcome()).isEqualTo(SealOutcome.FORGED);
        assertThat(aws.ec2.calls().count("GenerateMac")).isEqualTo(1);
        assertThat(aws.ec2.calls().count("VerifyMac")).isEqualTo(4);
    }

    @Test
    void aRecordNamingAKeyTheBotWasNotGivenIsUnknownWithoutAskingKms() {
        String someoneElsesKey = kmsStandIn.hmacKey(A, "us-east-1");
        Map<String, String> sealedWithIt = new RecordSeal(new KmsSealMacs(kms, List.of(someoneElsesKey)))
                .seal(PEERING, SealedRecordReaderTest.pending(), 3);

        RecordVerdict verdict = reader(List.of(key)).read(PEERING, sealedWithIt, sealedWithIt);

        assertThat(verdict.outcome()).isEqualTo(SealOutcome.UNKNOWN_KEY);
        assertThat(aws.ec2.calls().count("VerifyMac")).isZero();
    }

    @Test
    void rotationTheNewKeySignsAndTheOldOneStillVerifies() {
        Map<String, String> sealedWithOld = new RecordSeal(new KmsSealMacs(kms, List.of(key)))
                .seal(PEERING, SealedRecordReaderTest.pending(), 3);
        String newKey = kmsStandIn.hmacKey(A, "us-east-1");
        KmsSealMacs rotated = new KmsSealMacs(kms, List.of(newKey, key));

        assertThat(new RecordSeal(rotated).seal(PEERING, SealedRecordReaderTest.pending(), 4))
                .containsEntry("peerbot:seal-key", newKey);
        assertThat(reader(List.of(newKey, key)).read(PEERING, sealedWithOld, sealedWithOld).outcome())
                .isEqualTo(SealOutcome.VALID);
    }

    @Test
    void aKmsKeyThatCannotBeUsedIsAnErrorNotAVerdict() {
        Map<String, String> sealed = new RecordSeal(new KmsSealMacs(kms, List.of(key)))
                .seal(PEERING, SealedRecordReaderTest.pending(), 3);
        aws.ec2.deny(A, "kms:VerifyMac");

        assertThatThrownBy(() -> reader(List.of(key)).read(PEERING, sealed, sealed))
                .isInstanceOfSatisfying(CloudException.class, e -> {
                    assertThat(e.action()).isEqualTo("VerifyMac");
                    assertThat(e.code()).isEqualTo("AccessDeniedException");
                });
    }

    @Test
    void keyIdsComeAsACommaListTheSigningKeyFirst() {
        assertThat(KmsSealMacs.parseKeyIds(" arn:aws:kms:us-east-1:111122223333:key/new , alias/peerbot-seal"))
                .containsExactly("arn:aws:kms:us-east-1:111122223333:key/new", "alias/peerbot-seal");
        assertThatThrownBy(() -> KmsSealMacs.parseKeyIds("")).isInstanceOf(SealKeyException.class)
                .hasMessageStartingWith("PEERBOT_SEAL_KMS_KEYS is not set");
        assertThatThrownBy(() -> KmsSealMacs.parseKeyIds("a,,b")).hasMessage(
                "PEERBOT_SEAL_KMS_KEYS: entry 2 is not a KMS key id or ARN.");
        assertThatThrownBy(() -> KmsSealMacs.parseKeyIds("a,a")).hasMessage("PEERBOT_SEAL_KMS_KEYS: key a appears "
                + "twice.");
    }
}
