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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the rule folder and all its subfolders; once edits have been quiet for the debounce
 * time (an editor's save is several events), asks the {@link RuleReloader} for one reload.
 */
public final class RuleWatcher implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(RuleWatcher.class);

    private final RuleReloader reloader;
    private final long debounceMillis;
    private WatchService watch;
    private Thread thread;

    public RuleWatcher(RuleReloader reloader, Duration debounce) {
        this.reloader = reloader;
        this.debounceMillis = Math.max(1, debounce.toMilliseconds());
    }

    @Override
    public void start() throws IOException {
        watch = FileSystems.getDefault().newWatchService();
        registerTree(reloader.folder());
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
                handle(watch.take());
                WatchKey more;
                while ((more = watch.poll(debounceMillis, TimeUnit.MILLISECONDS)) != null) {
                    handle(more);
                }
                reloader.requestReload("file change");
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // stopped
        }
    }

    private void handle(WatchKey key) {
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && key.watchable() instanceof Path dir
                    && Files.isDirectory(dir.resolve((Path) event.context()))) {
                registerTree(dir.resolve((Path) event.context()));
            }
        }
        key.reset();
    }

    private void registerTree(Path root) {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        } catch (IOException e) {
            LOG.warn("cannot watch {} for rule edits: {}", root, e.toString());
        }
    }
}
