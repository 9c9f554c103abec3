package cn.rongjiang.disclosure.api.reload;

import io.dropwizard.lifecycle.Managed;
import io.dropwizard.util.Duration;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the rule folder and all its subfolders; once edits have been quiet for the debounce
 * time (an editor's save is several events), asks the {@link RuleReloader} for one reload.
 *
 * <p>A folder that is replaced (deleted and made again, moved away and back, a new copy moved
 * in) is watched again: a watch belongs to the folder that was there when it was made, so the
 * watcher also watches the parent for the folder's name and, every second, compares the folder's
 * identity (its file key) and its watch with what it registered. When either changed, it
 * registers the whole tree anew and reloads.
 */
public final class RuleWatcher implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(RuleWatcher.class);
    private static final long RECHECK_MILLIS = 1000;

    private final RuleReloader reloader;
    private final Path root;
    private final long debounceMillis;
    private WatchService watch;
    private Thread thread;
    private final List<WatchKey> treeKeys = new ArrayList<>();
    private WatchKey rootKey;
    private WatchKey parentKey;
    private Object rootIdentity;

    public RuleWatcher(RuleReloader reloader, Duration debounce) {
        this.reloader = reloader;
        this.root = reloader.folder().toAbsolutePath().normalize();
        this.debounceMillis = Math.max(1, debounce.toMilliseconds());
    }

    @Override
    public void start() throws IOException {
        watch = FileSystems.getDefault().newWatchService();
        registerAll();
        thread = new Thread(this::loop, "rules-watcher");
        thread.setDaemon(true);
        thread.start();
        LOG.info("watching {} for rule edits", reloader.folder());
    }

    @Override
    public void stop() throws IOException, InterruptedException {
        watch.close();
        thread.join(5_000);
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = watch.poll(RECHECK_MILLIS, TimeUnit.MILLISECONDS);
                boolean changed = false;
                if (key != null) {
                    changed = handle(key);
                    WatchKey more;
                    while ((more = watch.poll(debounceMillis, TimeUnit.MILLISECONDS)) != null) {
                        changed |= handle(more);
                    }
                }
                if (replaced()) {
                    LOG.info("the rule folder {} was replaced or came back; watching it again", root);
                    registerAll();
                    changed = true;
                }
                if (changed) {
                    reloader.requestReload("file change");
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // stopped
        }
    }

    /** Handles one key's events; true when they concern the rules (not a sibling in the parent). */
    private boolean handle(WatchKey key) {
        boolean concerns = key != parentKey;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (key == parentKey) {
                concerns |= event.context() instanceof Path name && root.getFileName() != null && name.equals(root.getFileName());
            } else if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && key.watchable() instanceof Path dir
                    && Files.isDirectory(dir.resolve((Path) event.context()))) {
                registerTree(dir.resolve((Path) event.context()));
            }
        }
        key.reset();
        return concerns;
    }

    /** True when the folder is not the one whose tree is registered: gone, replaced, or back. */
    private boolean replaced() {
        Object identity = identity();
        return !Objects.equals(identity, rootIdentity) || (identity != null && (rootKey == null || !rootKey.isValid()));
    }

    private void registerAll() {
        treeKeys.forEach(WatchKey::cancel);
        treeKeys.clear();
        rootKey = null;
        rootIdentity = identity();
        if (parentKey == null && root.getParent() != null) {
            try {
                parentKey = root.getParent().register(watch, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE);
            } catch (IOException e) {
                LOG.warn("cannot watch {} for the rule folder being replaced ({}); checking every second instead",
                        root.getParent(), e.toString());
            }
        }
        if (rootIdentity != null) {
            registerTree(root);
        }
    }

    private void registerTree(Path top) {
        try (Stream<Path> dirs = Files.walk(top)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                WatchKey key = dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                treeKeys.add(key);
                if (dir.equals(root)) {
                    rootKey = key;
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.warn("cannot watch {} for rule edits: {}", top, e.toString());
        }
    }

    /** The folder's file key (device and inode on Linux), or null when it is not a folder now. */
    private Object identity() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(root, BasicFileAttributes.class);
            return attributes.isDirectory() ? Objects.requireNonNullElse(attributes.fileKey(), root) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
