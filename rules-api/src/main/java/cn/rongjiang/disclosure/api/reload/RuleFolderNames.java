package cn.rongjiang.disclosure.api.reload;

import java.nio.file.Path;

/**
 * The rule folder as callers see it: by its own name ({@code rules}), never the server's absolute
 * path, which tells a caller of {@code /v1/rules/status} how the host is laid out. Problems name
 * files from the folder as configured (e.g. {@code /srv/disclosure/rules/disclosure/x.drl:3}),
 * so that prefix is replaced by the name ({@code rules/disclosure/x.drl:3}).
 */
final class RuleFolderNames {
    private RuleFolderNames() {
    }

    /** The folder's own name, {@code rules} when it has none. */
    static String name(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return name == null ? "rules" : name.toString();
    }

    /** {@code text} with the folder's configured and absolute paths replaced by its name. */
    static String shown(String text, Path folder) {
        String name = name(folder);
        String configured = folder.normalize().toString().replace('\\', '/');
        String absolute = folder.toAbsolutePath().normalize().toString().replace('\\', '/');
        String shown = text.replace(absolute, name);
        return configured.isEmpty() || configured.equals(name) ? shown : shown.replace(configured, name);
    }
}
