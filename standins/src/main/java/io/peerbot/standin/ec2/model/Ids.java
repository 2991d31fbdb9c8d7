package io.peerbot.standin.ec2.model;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/** Resource IDs like EC2's: a prefix and 17 hex digits, from a seeded generator so runs repeat. */
public final class Ids {
    private final Random random;
    private final Set<String> issued = new HashSet<>();

    public Ids(long seed) {
        this.random = new Random(seed);
    }

    /** A new ID such as {@code vpc-0f3a9c2e1b4d5a6c7}. */
    public synchronized String next(String prefix) {
        while (true) {
            StringBuilder sb = new StringBuilder(prefix).append('-');
            for (int i = 0; i < 17; i++) {
                sb.append(Character.forDigit(random.nextInt(16), 16));
            }
            String id = sb.toString();
            if (issued.add(id)) {
                return id;
            }
        }
    }
}
