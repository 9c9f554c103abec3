package cn.rongjiang.disclosure.api.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The accepted API keys, held only as SHA-256 hashes: the configuration never contains a key,
 * and a presented key is hashed and compared against every hash in constant time.
 */
public final class ApiKeys {
    private final List<byte[]> hashes;

    public ApiKeys(List<String> hexHashes) {
        this.hashes = hexHashes.stream().map(h -> HexFormat.of().parseHex(h.toLowerCase(Locale.ROOT))).toList();
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

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
