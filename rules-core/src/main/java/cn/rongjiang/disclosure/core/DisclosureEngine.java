package cn.rongjiang.disclosure.core;

import cn.rongjiang.disclosure.core.engine.BundledFolder;
import cn.rongjiang.disclosure.core.engine.RuleFolder;
import cn.rongjiang.disclosure.core.engine.WarmUp;
import cn.rongjiang.disclosure.core.model.Decision;
import cn.rongjiang.disclosure.core.model.Item;
import cn.rongjiang.disclosure.core.model.RuleSetInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The disclosure classifier: load a rule folder once, then classify items from any number of
 * threads.
 *
 * <pre>{@code
 * DisclosureEngine engine = DisclosureEngine.loadBundled();   // or load(Path.of("rules"))
 * Decision d = engine.classify(Item.builder("2022年9月城乡低保对象名单").category(Category.ASSISTANCE_LIST).build());
 * }</pre>
 *
 * <p>An engine is immutable: it keeps the rule set it was loaded with. To take up edited rules,
 * load a new engine and swap it in; decisions name the rule-set version that made them.
 */
public final class DisclosureEngine {
    private final RuleFolder folder;

    private DisclosureEngine(RuleFolder folder) {
        this.folder = folder;
    }

    /**
     * Reads, compiles and checks every file of the rule folder.
     *
     * @throws RuleLoadException listing every problem with its file and line; nothing is half-loaded
     */
    public static DisclosureEngine load(Path ruleFolder) throws RuleLoadException {
        return new DisclosureEngine(RuleFolder.load(ruleFolder));
    }

    /**
     * Loads the rules bundled in this jar: the project's {@code rules/} folder as it was when the
     * library was built (unpacked once per process to a temporary folder).
     *
     * @throws RuleLoadException as {@link #load}; not expected for a released build, whose rules passed the check
     */
    public static DisclosureEngine loadBundled() throws RuleLoadException {
        return load(bundledRuleFolder());
    }

    /** The bundled rules as a folder on disk, e.g. to copy and edit; unpacked once per process. */
    public static Path bundledRuleFolder() {
        return BundledFolder.path();
    }

    /**
     * The version {@link #load} would give the folder's rule set ({@link RuleSetInfo#version()}),
     * read from the same files without compiling them.
     *
     * @throws RuleLoadException when the folder or one of its files cannot be read
     */
    public static String ruleSetVersion(Path ruleFolder) throws RuleLoadException {
        return RuleFolder.version(ruleFolder);
    }

    /**
     * Prepares what every {@link #load} needs first (the rule and Java compilers, ICU's data), so
     * a load that follows takes less time; for a service to run on a spare thread while it
     * starts. Safe from any thread, any number of times; it never throws.
     */
    public static void warmUp() {
        WarmUp.run();
    }

    /**
     * Decides how {@code item} must be disclosed.
     *
     * @throws ClassificationException when a rule or the engine fails: there is then no decision
     */
    public Decision classify(Item item) {
        return classify(item, null);
    }

    /**
     * Decides how {@code item} must be disclosed, knowing which fields the caller actually gave
     * (their JSON names): category inference never overrides a field the caller gave, even one
     * given at its default value. {@code null} means: every field that differs from its default.
     *
     * @throws ClassificationException when a rule or the engine fails: there is then no decision
     */
    public Decision classify(Item item, Set<String> givenFields) {
        Objects.requireNonNull(item, "item");
        return folder.evaluator().classify(item, givenFields);
    }

    /** The version and load time of the rule set. */
    public RuleSetInfo ruleSet() {
        return folder.evaluator().ruleSet();
    }

    /** The loaded catalogue: one entry per rule, in file order. */
    public List<RuleInfo> rules() {
        return folder.rules();
    }

    /** The folder the rules were loaded from. */
    public Path ruleFolder() {
        return folder.root();
    }
}
