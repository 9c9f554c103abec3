package cn.rongjiang.disclosure.core.engine;

import cn.rongjiang.disclosure.core.Problem;
import cn.rongjiang.disclosure.core.RuleInfo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles the DRL files of a rule folder into a knowledge base and checks what Drools does not:
 * every rule carries {@code @ruleId}, {@code @legalBasis}, {@code @principle} and
 * {@code @explanation}; ids and names are unique; explanations use known placeholders; lifts
 * name existing ids. Every problem is reported with its file and line, in words policy staff
 * understand; nothing is thrown for a bad file.
 */
final class RuleCompiler {
    static final List<String> REQUIRED_METADATA = List.of("ruleId", "legalBasis", "principle", "explanation");
    private static final Pattern LIFT_CALL = Pattern.compile("finding\\s*\\.\\s*lift\\s*\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern TIER_CALL = Pattern.compile("Tier\\s*\\.\\s*([A-Z_]+)");

    /**
     * A DRL file's text, the name to show in problems (as the user named the folder), and the name
     * the catalogue gives it (relative to the folder's parent, e.g. {@code rules/disclosure/x.drl},
     * so a service never shows where on its disk the folder lies).
     */
    record Source(String displayName, String catalogueName, String text) {
    }

    /**
     * What compiling gives: a knowledge base (null when there were problems), the rules' metadata,
     * and the conditions on the decided class of the second-pass rules, by rule name (several rules
     * may share one id: the variants of one rule, see {@link #compile}).
     */
    record Result(KieBase kieBase, Map<String, RuleMeta> metaByName, List<RuleInfo> rules,
                  Map<String, DecidedCondition> secondPass, List<Problem> problems) {
    }

    private RuleCompiler() {
    }

    static Result compile(List<Source> sources) {
        List<Problem> problems = new ArrayList<>();
        Map<String, RuleMeta> metaByName = new LinkedHashMap<>();
        List<RuleInfo> infos = new ArrayList<>();
        Map<String, RuleMeta> byId = new LinkedHashMap<>();
        List<String[]> lifts = new ArrayList<>(); // {ruleId, liftedId, file, line}
        Map<Source, List<ConsequenceMarks.Marked>> marks = new LinkedHashMap<>();
        Map<Source, List<DecidedPatterns.Found>> decidedPatterns = new LinkedHashMap<>();
        Map<String, DecidedCondition> secondPass = new LinkedHashMap<>();

        for (Source source : sources) {
            PackageDescr pkg = parse(source, problems);
            if (pkg == null) {
                continue;
            }
            // before anything of the file reaches Drools: compiling alone can run code
            RuleLanguage.check(source, pkg, problems);
            for (RuleDescr rule : pkg.getRules()) {
                RuleMeta meta = readMetadata(source, rule, problems);
                if (meta == null) {
                    continue;
                }
                RuleMeta sameName = metaByName.get(rule.getName());
                if (sameName != null) {
                    problems.add(new Problem(source.displayName(), rule.getLine(), "the rule name \"" + rule.getName()
                            + "\" is already used at " + displayOf(sources, sameName) + ":" + sameName.line()
                            + "; give each rule its own name"));
                    continue;
                }
                RuleMeta sameId = byId.get(meta.ruleId());
                // Variants of one rule (the cases of an if/else, written as rules with exclusive
                // conditions) share its id: allowed in the same file under the same principle only.
                boolean variant = sameId != null && sameId.file().equals(meta.file())
                        && sameId.principle().equals(meta.principle());
                if (sameId != null && !variant) {
                    problems.add(new Problem(source.displayName(), rule.getLine(), "duplicate rule id `" + meta.ruleId()
                            + "`: already used by the rule at " + displayOf(sources, sameId) + ":" + sameId.line()));
                    continue;
                }
                byId.putIfAbsent(meta.ruleId(), meta);
                metaByName.put(rule.getName(), meta);
                marks.computeIfAbsent(source, s -> new ArrayList<>()).add(new ConsequenceMarks.Marked(rule, meta.ruleId()));
                String consequence = String.valueOf(rule.getConsequence());
                DecidedPatterns.Found decided = DecidedPatterns.find(source, rule, meta.ruleId(), problems);
                if (decided != null) {
                    if (tierOf(consequence) != null) {
                        problems.add(new Problem(source.displayName(), rule.getLine(), "rule " + meta.ruleId()
                                + " matches Decided and decides a class; a rule that decides a class cannot depend on it"));
                    }
                    decidedPatterns.computeIfAbsent(source, s -> new ArrayList<>()).add(decided);
                    secondPass.put(meta.name(), decided.condition());
                }
                infos.add(new RuleInfo(meta.ruleId(), meta.name(), meta.principle(), meta.legalBasis(),
                        meta.explanation(), tierOf(consequence), meta.file(), meta.line()));
                Matcher call = LIFT_CALL.matcher(consequence);
                while (call.find()) {
                    Matcher id = QUOTED.matcher(call.group(1));
                    while (id.find()) {
                        lifts.add(new String[] {meta.ruleId(), id.group(1), source.displayName(), String.valueOf(meta.line())});
                    }
                }
            }
        }
        for (String[] lift : lifts) {
            if (!byId.containsKey(lift[1])) {
                problems.add(new Problem(lift[2], Integer.parseInt(lift[3]), "rule " + lift[0]
                        + " lifts `" + lift[1] + "`, but no rule has that id"));
            }
        }
        List<Source> marked = new ArrayList<>(sources.size());
        for (Source source : sources) {
            List<ConsequenceMarks.Marked> rules = marks.getOrDefault(source, List.of());
            // Both keep every offset the parser gave: the Decided patterns become spaces first.
            Source withoutDecided = new Source(source.displayName(), source.catalogueName(),
                    DecidedPatterns.blank(source.text(), decidedPatterns.getOrDefault(source, List.of())));
            marked.add(new Source(source.displayName(), source.catalogueName(),
                    ConsequenceMarks.mark(withoutDecided, rules, problems)));
        }
        if (!problems.isEmpty()) {
            return new Result(null, metaByName, infos, secondPass, problems);
        }
        KieBase kieBase = build(marked, problems);
        if (kieBase != null) {
            long compiled = kieBase.getKiePackages().stream().mapToLong(p -> p.getRules().size()).sum();
            if (compiled != metaByName.size()) {
                problems.add(new Problem(sources.get(0).displayName(), 0, "compiled " + compiled
                        + " rules but the files declare " + metaByName.size()));
            }
        }
        return new Result(problems.isEmpty() ? kieBase : null, metaByName, infos, secondPass, problems);
    }

    private static PackageDescr parse(Source source, List<Problem> problems) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, source.text());
        } catch (DroolsParserException e) {
            problems.add(new Problem(source.displayName(), 0, "the file cannot be read as rules: " + e.getMessage()));
            return null;
        }
        if (parser.hasErrors() || pkg == null) {
            if (parser.getErrors().isEmpty()) {
                problems.add(new Problem(source.displayName(), 0, "the file cannot be read as rules"));
            }
            for (DroolsError error : parser.getErrors()) {
                int line = error instanceof ParserError pe ? pe.getRow() : firstLine(error.getLines());
                problems.add(new Problem(source.displayName(), line, DroolsMessages.translate(error.getMessage())));
            }
            return null;
        }
        return pkg;
    }

    private static RuleMeta readMetadata(Source source, RuleDescr rule, List<Problem> problems) {
        Map<String, String> values = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String key : REQUIRED_METADATA) {
            String value = annotation(rule, key);
            if (value == null || value.isBlank()) {
                missing.add("@" + key);
            } else {
                values.put(key, value);
            }
        }
        if (!missing.isEmpty()) {
            problems.add(new Problem(source.displayName(), rule.getLine(), "rule \"" + rule.getName()
                    + "\" has no " + String.join(", ", missing) + "; every rule needs "
                    + "@ruleId(\"…\"), @legalBasis(\"…\"), @principle(\"…\") and @explanation(\"…\")"));
            return null;
        }
        for (String unknown : Explanations.unknownPlaceholders(values.get("explanation"))) {
            problems.add(new Problem(source.displayName(), rule.getLine(), ProblemWords.unknownPlaceholder(values.get("ruleId"),
                    unknown, String.join(", ", Explanations.placeholders().stream().sorted().map(p -> "{" + p + "}").toList()))));
        }
        return new RuleMeta(values.get("ruleId"), rule.getName(), values.get("principle"), values.get("legalBasis"),
                values.get("explanation"), source.catalogueName(), rule.getLine());
    }

    /** An annotation's value without the quotes some build paths keep: the one place they are normalised. */
    private static String annotation(RuleDescr rule, String key) {
        AnnotationDescr a = rule.getAnnotation(key);
        if (a == null) {
            return null;
        }
        Object value = a.getSingleValue();
        if (value == null) {
            return null;
        }
        String s = value.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).replace("\\\"", "\"");
        }
        return s.strip();
    }

    private static Integer tierOf(String consequence) {
        Matcher m = TIER_CALL.matcher(consequence);
        if (m.find()) {
            try {
                return Tier.valueOf(m.group(1)).number();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if (consequence.contains("publishProactively")) {
            return Tier.MANDATORY.number();
        }
        if (consequence.contains("discloseToStaff")) {
            return Tier.SEED_INTERNAL.number();
        }
        if (consequence.contains("releaseOnRequest")) {
            return Tier.DEFAULT.number();
        }
        return null;
    }

    /** Drools alone, as the files are; package-private so a test can show what the rule-language check prevents. */
    static KieBase build(List<Source> sources, List<Problem> problems) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (Source source : sources) {
            var resource = ResourceFactory.newByteArrayResource(source.text().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(source.displayName());
            builder.add(resource, ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            for (KnowledgeBuilderError error : builder.getErrors()) {
                String file = error.getResource() != null ? error.getResource().getSourcePath() : sources.get(0).displayName();
                int line = firstLine(error.getLines());
                if (line <= 0) {
                    line = lineOf(sources, file, DroolsMessages.expressionOf(error.getMessage()));
                }
                problems.add(new Problem(file, line, DroolsMessages.translate(error.getMessage())));
            }
            return null;
        }
        return builder.newKieBase();
    }

    private static String displayOf(List<Source> sources, RuleMeta meta) {
        return sources.stream().filter(s -> s.catalogueName().equals(meta.file()))
                .map(Source::displayName).findFirst().orElse(meta.file());
    }

    /** Drools gives no line for some errors: find the expression in the file instead. */
    private static int lineOf(List<Source> sources, String file, String expression) {
        if (expression == null) {
            return 0;
        }
        for (Source source : sources) {
            if (source.displayName().equals(file)) {
                String[] lines = source.text().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].contains(expression)) {
                        return i + 1;
                    }
                }
            }
        }
        return 0;
    }

    private static int firstLine(int[] lines) {
        return lines == null || lines.length == 0 ? 0 : Math.max(lines[0], 0);
    }
}
