package cn.rongjiang.disclosure.core.engine;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh random (version 4) UUIDs for decisions. A decision id only has to be unique, not secret,
 * so it comes from {@link ThreadLocalRandom} instead of the contended {@code SecureRandom} behind
 * {@link UUID#randomUUID()}.
 */
final class DecisionIds {
    private DecisionIds() {
    }

    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;              // version 4
        long least = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48); // IETF variant
        return new UUID(most, least).toString();
    }
}
