package cn.rongjiang.disclosure.core.engine;

import cn.rongjiang.disclosure.core.Problem;
import cn.rongjiang.disclosure.core.model.Item;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The rule language's sandbox: a rule file may hold what the catalogue needs and nothing more,
 * checked on the parsed file before Drools compiles anything (compiling alone can run code: a
 * static initialiser reached by an import, an MVEL expression in an annotation).
 *
 * <p>Allowed: a {@code package} line; imports of the model's types and of the engine's
 * {@link #ENGINE_TYPES}; the one global {@code FindingRecorder finding}; rules with the four
 * metadata annotations (text in quotes), no attributes, whose conditions are an {@code Item( … )}
 * pattern (and a {@code Decided( … )} pattern, which {@link DecidedPatterns} checks) made of
 * Item's fields, literals, enum values, comparisons, boolean operators, {@code in}, {@code contains}
 * and a few String methods that cannot run long; and whose consequences are only
 * {@code finding.action(literal, …);} with an action marked {@link RuleAction}. Everything else
 * is refused with its file and line: fail closed, an unknown construct never passes. The file and
 * its rules are checked here; a condition by {@link ConditionGrammar}, a consequence statement by
 * {@link ActionGrammar}.
 */
final class RuleLanguage {
    static final String MODEL = "cn.rongjiang.disclosure.core.model";
    static final String ENGINE = "cn.rongjiang.disclosure.core.engine";
    /** The engine types a rule file may import by name: the global's type and the values rules pass. */
    static final Set<String> ENGINE_TYPES = Set.of("FindingRecorder", "Tier", "ItemDate", "Decided");
    /** String methods with one argument in quotes; plain scans, no regular expressions, no repeats. */
    static final Set<String> TEXT_METHODS = Set.of("contains", "startsWith", "endsWith");
    static final Set<String> PLAIN_METHODS = Set.of("isEmpty", "isBlank", "length");

    static final String CONDITION_HELP = "a condition may use Item's fields, text in quotes, whole numbers, "
            + "true, false, null, values such as Category.PLAN, the operators == != < <= > >= && || ! "
            + "in (…) not in (…) contains, and on text fields .contains(\"…\") .startsWith(\"…\") "
            + ".endsWith(\"…\") .isEmpty() .isBlank() .length(), and on list fields .isEmpty()";
    static final String CONSEQUENCE_HELP = "a consequence may only record findings, one finding.action(…); per "
            + "statement, whose arguments are text in quotes (joined with + if long), whole numbers, true/false "
            + "or values such as Tier.THIRD_PARTY";

    private static final Pattern PACKAGE_NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");
    private static final List<String> RESERVED_PACKAGES = List.of("java", "javax", "jdk", "sun", "com.sun",
            "org.drools", "org.kie", "org.mvel2", "cn.rongjiang");
    private static final Pattern SIMPLE_TYPE = Pattern.compile("[A-Z][A-Za-z0-9_]*");
    static final Map<String, Class<?>> ITEM_FIELDS = Arrays.stream(Item.class.getRecordComponents())
            .collect(Collectors.toMap(RecordComponent::getName, RecordComponent::getType, (a, b) -> a, TreeMap::new));
    /** The recorder's rule-facing methods by name; everything else of it is the engine's. */
    static final Map<String, List<Method>> ACTIONS = Arrays.stream(FindingRecorder.class.getMethods())
            .filter(m -> m.isAnnotationPresent(RuleAction.class))
            .collect(Collectors.groupingBy(Method::getName, TreeMap::new, Collectors.toList()));

    private RuleLanguage() {
    }

    /** Adds a problem for everything in {@code pkg} (parsed from {@code source}) the rule language does not allow. */
    static void check(RuleCompiler.Source source, PackageDescr pkg, List<Problem> problems) {
        new FileCheck(source, problems).check(pkg);
    }

    private static final class FileCheck {
        private final RuleCompiler.Source source;
        private final String text;
        private final List<Problem> problems;

        FileCheck(RuleCompiler.Source source, List<Problem> problems) {
            this.source = source;
            this.text = source.text();
            this.problems = problems;
        }

        private void problem(int line, String message) {
            problems.add(new Problem(source.displayName(), Math.max(line, 0), message));
        }

        void check(PackageDescr pkg) {
            unicodeEscapes();
            String name = pkg.getName();
            if (name == null || name.isBlank()) {
                problem(1, "the file has no package line; begin it with `package disclosure;`");
            } else if (!PACKAGE_NAME.matcher(name).matches() || RESERVED_PACKAGES.stream()
                    .anyMatch(r -> name.equals(r) || name.startsWith(r + "."))) {
                problem(lineOfWord("package", 1), "the package `" + name + "` is not allowed; write `package disclosure;`");
            }
            for (ImportDescr i : pkg.getImports()) {
                if (!importAllowed(i.getTarget())) {
                    problem(i.getLine(), "`import " + i.getTarget() + "` is not allowed; a rule file may import only "
                            + MODEL + ".* and " + ENGINE + ".* (or single types of the model, or "
                            + String.join(", ", ENGINE_TYPES.stream().sorted().toList()) + ")");
                }
            }
            pkg.getFunctionImports().forEach(i -> refused(i, "`import function`"));
            pkg.getAccumulateImports().forEach(i -> refused(i, "`import accumulate`"));
            pkg.getFunctions().forEach(f -> refused(f, "a function"));
            pkg.getTypeDeclarations().forEach(d -> refused(d, "`declare`"));
            pkg.getEnumDeclarations().forEach(d -> refused(d, "`declare enum`"));
            pkg.getEntryPointDeclarations().forEach(d -> refused(d, "an entry point"));
            pkg.getWindowDeclarations().forEach(d -> refused(d, "a window"));
            pkg.getAttributes().forEach(a -> refused(a, "the file attribute `" + a.getName() + "`"));
            if (pkg.getUnit() != null) {
                refused(pkg.getUnit(), "a rule unit");
            }
            List<GlobalDescr> globals = pkg.getGlobals();
            for (int g = 0; g < globals.size(); g++) {
                GlobalDescr global = globals.get(g);
                boolean recorder = global.getType().equals("FindingRecorder")
                        || global.getType().equals(ENGINE + ".FindingRecorder");
                if (g > 0 || !recorder || !global.getIdentifier().equals("finding")) {
                    problem(global.getLine(), "`global " + global.getType() + " " + global.getIdentifier()
                            + "` is not allowed; a rule file has one global, `global FindingRecorder finding;`");
                }
            }
            for (RuleDescr rule : pkg.getRules()) {
                new RuleCheck(this, rule).check();
            }
        }

        private void refused(BaseDescr descr, String what) {
            problem(descr.getLine(), what + " is not allowed in a rule file; a file holds a package line, "
                    + "imports of the model, the global `finding`, and rules");
        }

        /** Java reads \\u escapes before anything else, even inside quotes and comments: none may reach it. */
        private void unicodeEscapes() {
            for (int at = text.indexOf("\\u"); at >= 0; at = text.indexOf("\\u", at + 2)) {
                problem(lineAt(at), "`\\u…` is not allowed anywhere in a rule file; write the character itself");
            }
        }

        int lineAt(int offset) {
            int line = 1;
            for (int i = 0; i < offset && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }

        private int lineOfWord(String word, int fallback) {
            int at = text.indexOf(word);
            return at < 0 ? fallback : lineAt(at);
        }

        private static boolean importAllowed(String target) {
            if (target.equals(MODEL + ".*") || target.equals(ENGINE + ".*")) {
                return true;
            }
            if (target.startsWith(MODEL + ".")) {
                return SIMPLE_TYPE.matcher(target.substring(MODEL.length() + 1)).matches();
            }
            return target.startsWith(ENGINE + ".") && ENGINE_TYPES.contains(target.substring(ENGINE.length() + 1));
        }
    }

    /** The checks of one rule: its header, its conditions, its consequence. */
    private static final class RuleCheck {
        private final FileCheck file;
        private final RuleDescr rule;
        private final String label;

        RuleCheck(FileCheck file, RuleDescr rule) {
            this.file = file;
            this.rule = rule;
            AnnotationDescr id = rule.getAnnotation("ruleId");
            String idText = id == null ? null : String.valueOf(id.getSingleValue());
            this.label = idText != null && idText.matches("\"[A-Za-z0-9_-]+\"")
                    ? "rule " + idText.substring(1, idText.length() - 1) : "rule \"" + rule.getName() + "\"";
        }

        private void problem(int line, String message) {
            file.problem(line > 0 ? line : rule.getLine(), label + ": " + message);
        }

        void check() {
            if (rule instanceof QueryDescr || rule.isQuery()) {
                file.problem(rule.getLine(), "a query is not allowed in a rule file; write rules only");
                return;
            }
            for (String attribute : rule.getAttributes().keySet()) {
                problem(rule.getLine(), "the attribute `" + attribute + "` is not allowed; rules take no attributes "
                        + "(salience, no-loop, dialect, …): the engine combines the findings whatever the order");
            }
            if (rule.getParentName() != null) {
                problem(rule.getLine(), "`extends` is not allowed; write each rule's conditions in full");
            }
            if (!rule.getNamedConsequences().isEmpty()) {
                problem(rule.getLine(), "named consequences (then[…]) are not allowed; a rule has one then … end");
            }
            for (AnnotationDescr a : rule.getAnnotations()) {
                annotation(a);
            }
            conditions();
            consequence();
        }

        private void annotation(AnnotationDescr a) {
            if (!RuleCompiler.REQUIRED_METADATA.contains(a.getName())) {
                problem(rule.getLine(), "the annotation @" + a.getName() + " is not allowed; a rule carries "
                        + "@ruleId, @legalBasis, @principle and @explanation, each with text in quotes");
                return;
            }
            Object value = a.getValueMap().size() == 1 ? a.getSingleValue() : null;
            if (!(value instanceof String written) || !isOneString(written)) {
                problem(rule.getLine(), "@" + a.getName() + " must hold text in quotes, e.g. @" + a.getName() + "(\"…\")");
            }
        }

        private static boolean isOneString(String written) {
            try {
                List<RuleTokens.Token> tokens = RuleTokens.of(written);
                return tokens.size() == 1 && tokens.get(0).kind() == RuleTokens.Kind.STRING
                        && written.strip().startsWith("\"") && written.strip().endsWith("\"");
            } catch (RuleTokens.Unreadable e) {
                return false;
            }
        }

        private void conditions() {
            int items = 0;
            int decided = 0;
            for (BaseDescr d : rule.getLhs().getDescrs()) {
                if (!(d instanceof PatternDescr pattern)) {
                    problem(d.getLine(), "`" + conditionWord(d) + "` is not allowed in a condition; a rule's conditions "
                            + "are one Item( … ) pattern, and Decided( … ) when it depends on the class");
                    continue;
                }
                String type = pattern.getObjectType();
                if (pattern.getSource() != null) {
                    problem(pattern.getLine(), "`" + sourceWord(pattern) + "` is not allowed: a rule matches the one "
                            + "item being classified, as Item( … ), never facts from elsewhere (from, collect, accumulate)");
                    continue;
                }
                boolean isDecided = "Decided".equals(type);
                if (!isDecided && !"Item".equals(type)) {
                    problem(pattern.getLine(), "the pattern `" + type + "( … )` is not allowed; a rule matches "
                            + "Item( … ), and Decided( … ) when it depends on the class");
                    continue;
                }
                if (!pattern.getAnnotations().isEmpty() || !pattern.getBehaviors().isEmpty() || pattern.isQuery()) {
                    problem(pattern.getLine(), "`" + type + "( … )` carries annotations or a window; write the pattern alone");
                }
                if (isDecided) {
                    decided++; // its binding, source and constraints are DecidedPatterns' to check
                    continue;
                }
                items++;
                if (pattern.getIdentifier() != null) {
                    problem(pattern.getLine(), "`" + pattern.getIdentifier() + " : Item( … )` is not allowed; "
                            + "write Item( … ) without a name: a consequence never uses the item itself");
                }
                for (BaseDescr c : pattern.getDescrs()) {
                    if (c instanceof ExprConstraintDescr expr && expr.getType() == ExprConstraintDescr.Type.NAMED) {
                        constraint(expr);
                    } else {
                        problem(c.getLine(), "this condition is not allowed; " + CONDITION_HELP);
                    }
                }
            }
            if (items > 1) {
                problem(rule.getLine(), "matches Item more than once; write one Item( … ) with its conditions separated by commas");
            } else if (items == 0 && decided == 0) {
                problem(rule.getLine(), "has no condition; a rule must match the Item it is about, e.g. Item( … )");
            }
        }

        private static String sourceWord(PatternDescr pattern) {
            String name = pattern.getSource().getClass().getSimpleName().replace("Descr", "").toLowerCase();
            return switch (name) {
                case "accumulate", "collect", "from" -> name;
                case "entrypoint" -> "from entry-point";
                default -> "from " + name;
            };
        }

        private static String conditionWord(BaseDescr d) {
            String name = d.getClass().getSimpleName().replace("Descr", "").toLowerCase();
            return switch (name) {
                case "forall", "exists", "not", "or", "eval" -> name;
                default -> d.getText() != null && !d.getText().isBlank() ? d.getText().strip() : name;
            };
        }

        private void constraint(ExprConstraintDescr expr) {
            String written = expr.getExpression();
            // reported as Drools reported conditions, without the rule: the line says where
            try {
                new ConditionGrammar(RuleTokens.of(written)).parse();
            } catch (RuleTokens.Unreadable e) {
                file.problem(expr.getLine() + newlines(written, e.offset), e.getMessage());
            } catch (Refused e) {
                file.problem(expr.getLine() + newlines(written, e.offset), e.getMessage());
            }
        }

        private void consequence() {
            Object raw = rule.getConsequence();
            String written = raw == null ? "" : String.valueOf(raw).strip();
            if (written.isEmpty()) {
                return;
            }
            int start = ConsequenceMarks.consequenceStart(file.text, rule);
            int base = start < 0 ? rule.getConsequenceLine() : file.lineAt(start);
            List<RuleTokens.Token> tokens;
            try {
                tokens = RuleTokens.of(written);
            } catch (RuleTokens.Unreadable e) {
                problem(base + newlines(written, e.offset), e.getMessage() + "; " + CONSEQUENCE_HELP);
                return;
            }
            int i = 0;
            while (i < tokens.size()) {
                int statementStart = i;
                try {
                    i = new ActionGrammar(tokens, i).parse();
                } catch (Refused e) {
                    problem(base + newlines(written, e.offset), e.getMessage());
                    // go on after this statement's semicolon, so every bad statement is reported
                    i = statementStart;
                    while (i < tokens.size() && !tokens.get(i).is(";")) {
                        i++;
                    }
                    i++;
                }
            }
        }

        private static int newlines(String text, int upTo) {
            int n = 0;
            for (int i = 0; i < upTo && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    n++;
                }
            }
            return n;
        }
    }
}
