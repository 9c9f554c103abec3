package cn.rongjiang.disclosure.api.cli;

import cn.rongjiang.disclosure.api.impact.ImpactReport;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The impact report as a table for people. */
final class ImpactTable {
    private ImpactTable() {
    }

    static String render(ImpactReport r) {
        StringBuilder s = new StringBuilder();
        int compared = r.items() - r.invalid() - r.failed();
        s.append(String.format(Locale.ROOT, "rules %s → %s: %d item(s), %d decision(s) change (%.1f %%), class changes %.1f %%%n",
                shortVersion(r.versions().from()), shortVersion(r.versions().to()), r.items(), r.changed(),
                compared == 0 ? 0.0 : 100.0 * r.changed() / compared, 100.0 * r.classChangeShare()));
        if (r.invalid() > 0 || r.failed() > 0) {
            s.append(String.format(Locale.ROOT, "not compared: %d invalid item(s), %d the rules could not decide%n",
                    r.invalid(), r.failed()));
        }
        if (r.changed() == 0) {
            return s.append("no decision changes\n").toString();
        }
        s.append("\nclass before → after (same class: other parts of the decision changed)\n");
        transitions(s, r.transitions());
        s.append("\nrules named by the decisions, gained (+) and lost (-)\n");
        counts(s, "+ ", r.rules().gained());
        counts(s, "- ", r.rules().lost());
        if (!r.withholdingReasons().isEmpty()) {
            s.append("\nwithholding reason before → after\n");
            transitions(s, r.withholdingReasons());
        }
        return s.toString();
    }

    private static void transitions(StringBuilder s, List<ImpactReport.Transition> transitions) {
        for (ImpactReport.Transition t : transitions) {
            s.append(String.format(Locale.ROOT, "  %-36s %7d   %s%n", name(t.from()) + " → " + name(t.to()), t.count(),
                    String.join(", ", t.examples())));
        }
    }

    private static void counts(StringBuilder s, String sign, Map<String, ImpactReport.Count> counts) {
        counts.forEach((id, c) -> s.append(String.format(Locale.ROOT, "  %-36s %7d   %s%n", sign + id, c.count(),
                String.join(", ", c.examples()))));
    }

    private static String name(String value) {
        return value == null ? "(none)" : value;
    }

    private static String shortVersion(String version) {
        return version.length() > 12 ? version.substring(0, 12) : version;
    }
}
