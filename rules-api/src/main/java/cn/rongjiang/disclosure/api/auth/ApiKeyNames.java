package cn.rongjiang.disclosure.api.auth;

import java.util.List;
import java.util.Locale;

/**
 * The names of the configured API keys, in the order of {@code apiKeyHashes}. An entry is a hash
 * ({@code 9f86…}) or a name and a hash ({@code portal:9f86…}); an unnamed key is called by the
 * first 12 hex digits of its hash, which says which key without saying anything about it. Only
 * names ever reach the decision record; keys never do.
 */
public final class ApiKeyNames {
    /** One {@code apiKeyHashes} entry: an optional name (letters, digits, {@code . _ -}) and a colon, then the hash. */
    public static final String ENTRY = "([\\p{L}\\p{N}._-]{1,64}:)?[0-9a-fA-F]{64}";

    private final List<String> names;

    public ApiKeyNames(List<String> entries) {
        this.names = entries.stream().map(ApiKeyNames::nameOf).toList();
    }

    /** The name of the key at {@code index} of the configuration. */
    public String name(int index) {
        return names.get(index);
    }

    /** The hash of an entry, without its name. */
    public static String hashOf(String entry) {
        return entry.substring(entry.lastIndexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    private static String nameOf(String entry) {
        int colon = entry.lastIndexOf(':');
        return colon > 0 ? entry.substring(0, colon) : "sha256:" + hashOf(entry).substring(0, 12);
    }
}
