package cn.rongjiang.disclosure.api.reload;

import cn.rongjiang.disclosure.core.cases.FolderCheck;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The start-up check of the rule folder, begun on a second thread as the process starts, while
 * Dropwizard reads its configuration and builds its environment on the first. The server then
 * takes the result instead of checking again, if it was for the folder the configuration names;
 * otherwise it checks that folder itself. Either way the server starts only on a folder whose
 * check passed, exactly as without it: this only moves the work earlier.
 */
public final class EarlyCheck {
    private static EarlyCheck begun;

    private final Path folder;
    private final CompletableFuture<FolderCheck> check;

    private EarlyCheck(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        this.check = CompletableFuture.supplyAsync(() -> FolderCheck.of(folder), task -> {
            Thread thread = new Thread(task, "rules-early-check");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Begins checking {@code folder} in the background; a later {@link #take} for the same folder gets the result. */
    public static synchronized void begin(Path folder) {
        if (begun == null) {
            begun = new EarlyCheck(folder);
        }
    }

    /** The check of {@code folder}: the early one when it was begun for this folder (waiting for it), else a new one. */
    public static FolderCheck take(Path folder) {
        EarlyCheck early;
        synchronized (EarlyCheck.class) {
            early = begun;
            begun = null;
        }
        if (early == null || !early.folder.equals(folder.toAbsolutePath().normalize())) {
            return FolderCheck.of(folder);
        }
        try {
            return early.check.join();
        } catch (CompletionException e) {
            // The early check itself failed (not the folder's check): check again here, so the
            // fault surfaces where it always did.
            return FolderCheck.of(folder);
        }
    }
}
