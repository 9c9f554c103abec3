package cn.rongjiang.disclosure.api.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The accepted API keys, held only as SHA-256 hashes: the configuration never contains a key,
 * and a presented key is hashed and compared against every hash in constant time.
 */
public final class ApiKeys {
    private final List<byte[]> hashes;

    /** The keys of {@code entries}: hashes, or {@code name:hash} (the names are {@link ApiKeyNames}'). */
    public ApiKeys(List<String> entries) {
        this.hashes = entries.stream().map(e -> HexFormat.of().parseHex(ApiKeyNames.hashOf(e))).toList();
    }

    /** True when keys are configured, so every API call needs one. */
    public boolean required() {
        return !hashes.isEmpty();
    }

    /** Whether {@code presented} is one of the keys; looks at every hash, whatever matches. */
    public boolean accepts(String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        byte[] digest = sha256(presented);
        boolean match = false;
        for (byte[] hash : hashes) {
            match |= MessageDigest.isEqual(hash, digest);
        }
        return match;
    }

    /** The hex SHA-256 of a key's UTF-8 bytes: what {@code printf %s KEY | sha256sum} prints. */
    public static String hash(String key) {
        return HexFormat.of().formatHex(sha256(key));
    }

    /**
     * The position of {@code presented} among the configured keys, or -1. Like {@link #accepts},
     * it looks at every hash in constant time, whatever matches.
     */
    public int indexOf(String presented) {
        if (presented == null || presented.isEmpty()) {
            return -1;
        }
        byte[] digest = sha256(presented);
        int found = -1;
        for (int i = 0; i < hashes.size(); i++) {
            boolean equal = MessageDigest.isEqual(hashes.get(i), digest);
            found = equal ? i : found;
        }
        return found;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
