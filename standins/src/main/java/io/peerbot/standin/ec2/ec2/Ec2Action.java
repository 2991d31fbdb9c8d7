package io.peerbot.standin.ec2.ec2;

import io.peerbot.standin.ec2.http.Xml;

/** One EC2 action: reads the call, changes state, writes the body of the answer after {@code requestId}. */
@FunctionalInterface
interface Ec2Action {
    void handle(Ec2Call call, Xml out);
}
