package cn.rongjiang.disclosure.core.engine;

import cn.rongjiang.disclosure.core.model.Disclosure;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Decided( … )} pattern of a second-pass rule (contract §4), read when the rules load
 * and tested once the class is decided: the rule's other conditions are matched by Drools in the
 * one pass, and its findings count only when this condition holds for the decided class. That
 * spares Drools a second insert, join and firing for every item.
 *
 * <p>A {@link Decided} has two fields, so the pattern may test just these, each constraint as
 * {@code disclosure == / != Disclosure.X}, {@code disclosure in / not in (Disclosure.X, …)},
 * {@code statutoryPublicity}, {@code !statutoryPublicity} or {@code statutoryPublicity == true/false};
 * the constraints of one pattern all hold (and). Anything else is refused when the rules load.
 */
final class DecidedCondition {
    private static final Pattern COMPARE = Pattern.compile("disclosure\\s*(==|!=)\\s*([\\w.]+)");
    private static final Pattern IN = Pattern.compile("disclosure\\s+(not\\s+)?in\\s*\\(([^()]*)\\)");
    private static final Pattern FLAG = Pattern.compile("(!\\s*)?statutoryPublicity");
    private static final Pattern FLAG_COMPARE = Pattern.compile("statutoryPublicity\\s*(==|!=)\\s*(true|false)");

    private final Set<Disclosure> disclosures;
    /** null: either value. */
    private final Boolean statutoryPublicity;

    private DecidedCondition(Set<Disclosure> disclosures, Boolean statutoryPublicity) {
        this.disclosures = disclosures;
        this.statutoryPublicity = statutoryPublicity;
    }

    /** Whether a rule with this condition applies to an item of {@code disclosure}. */
    boolean test(Disclosure disclosure, boolean statutory) {
        return disclosures.contains(disclosure) && (statutoryPublicity == null || statutoryPublicity == statutory);
    }

    /**
     * The condition the constraints of one {@code Decided} pattern state, or a message saying
     * which constraint is not understood.
     */
    static Result parse(List<String> constraints) {
        EnumSet<Disclosure> allowed = EnumSet.allOf(Disclosure.class);
        Boolean statutory = null;
        boolean contradictory = false; // e.g. statutoryPublicity, !statutoryPublicity: matches nothing
        for (String raw : constraints) {
            String c = raw.strip();
            Matcher m;
            if ((m = COMPARE.matcher(c)).matches()) {
                Optional<Disclosure> value = disclosure(m.group(2));
                if (value.isEmpty()) {
                    return Result.problem(unknownValue(m.group(2)));
                }
                if (m.group(1).equals("==")) {
                    allowed.retainAll(EnumSet.of(value.get()));
                } else {
                    allowed.remove(value.get());
                }
            } else if ((m = IN.matcher(c)).matches()) {
                EnumSet<Disclosure> listed = EnumSet.noneOf(Disclosure.class);
                for (String item : m.group(2).split(",")) {
                    Optional<Disclosure> value = disclosure(item.strip());
                    if (value.isEmpty()) {
                        return Result.problem(unknownValue(item.strip()));
                    }
                    listed.add(value.get());
                }
                if (m.group(1) == null) {
                    allowed.retainAll(listed);
                } else {
                    allowed.removeAll(listed);
                }
            } else if ((m = FLAG.matcher(c)).matches() || (m = FLAG_COMPARE.matcher(c)).matches()) {
                boolean wanted = m.pattern() == FLAG
                        ? m.group(1) == null
                        : m.group(1).equals("==") == Boolean.parseBoolean(m.group(2));
                contradictory |= statutory != null && statutory != wanted;
                statutory = wanted;
            } else {
                return Result.problem("`" + c + "` is not understood; Decided may test `disclosure` (==, !=, in, not in) "
                        + "and `statutoryPublicity`, separated by commas; write other conditions on Item");
            }
        }
        return new Result(new DecidedCondition(contradictory ? Set.of() : Set.copyOf(allowed), statutory), null);
    }

    private static Optional<Disclosure> disclosure(String written) {
        String name = written.startsWith("Disclosure.") ? written.substring("Disclosure.".length()) : written;
        return Arrays.stream(Disclosure.values()).filter(d -> d.name().equals(name)).findFirst();
    }

    private static String unknownValue(String written) {
        String name = written.startsWith("Disclosure.") ? written.substring("Disclosure.".length()) : written;
        return "`" + written + "` is not a Disclosure value" + Spelling.nearest(name,
                        Arrays.stream(Disclosure.values()).map(Enum::name).toList())
                .map(known -> "; did you mean `Disclosure." + known + "`?").orElse("");
    }

    /** A condition, or the problem that kept it from being one. */
    record Result(DecidedCondition condition, String problem) {
        static Result problem(String message) {
            return new Result(null, message);
        }
    }
}
