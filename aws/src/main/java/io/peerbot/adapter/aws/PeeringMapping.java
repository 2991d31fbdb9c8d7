package io.peerbot.adapter.aws;

import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.peering.PeeringStatus;
import java.util.Objects;
import java.util.stream.Stream;
import software.amazon.awssdk.services.ec2.model.CidrBlock;
import software.amazon.awssdk.services.ec2.model.Ipv6CidrBlock;
import software.amazon.awssdk.services.ec2.model.VpcPeeringConnection;
import software.amazon.awssdk.services.ec2.model.VpcPeeringConnectionVpcInfo;

/** EC2's view of a peering connection in domain terms. */
final class PeeringMapping {
    private PeeringMapping() {
    }

    static PeeringConnection toDomain(VpcPeeringConnection pcx, Location fallback) {
        var status = pcx.status();
        return new PeeringConnection(pcx.vpcPeeringConnectionId(), side(pcx.requesterVpcInfo(), fallback),
                side(pcx.accepterVpcInfo(), fallback), PeeringStatus.fromCode(status.codeAsString()),
                status.message() == null ? "" : status.message(), Ec2Types.tags(pcx.tags()), status.codeAsString(),
                pcx.expirationTime());
    }

    /** The account and region of one side; EC2 leaves them out in a few answers, then they are the caller's. */
    private static PeeringSide side(VpcPeeringConnectionVpcInfo info, Location fallback) {
        Location location = new Location(info.ownerId() == null ? fallback.account() : info.ownerId(),
                info.region() == null ? fallback.region() : info.region());
        Stream<String> ipv4 = info.cidrBlockSet().isEmpty() ? Stream.ofNullable(info.cidrBlock())
                : info.cidrBlockSet().stream().map(CidrBlock::cidrBlock);
        Stream<String> ipv6 = info.ipv6CidrBlockSet().stream().map(Ipv6CidrBlock::ipv6CidrBlock);
        return new PeeringSide(info.vpcId(), location,
                Stream.concat(ipv4, ipv6).filter(Objects::nonNull).distinct().map(Cidr::parse).toList());
    }

    static boolean dnsAllowed(VpcPeeringConnectionVpcInfo info) {
        return info.peeringOptions() != null && Boolean.TRUE.equals(info.peeringOptions().allowDnsResolutionFromRemoteVpc());
    }

    static boolean at(VpcPeeringConnectionVpcInfo info, Location location) {
        return location.account().equals(info.ownerId()) && location.region().equals(info.region());
    }
}
