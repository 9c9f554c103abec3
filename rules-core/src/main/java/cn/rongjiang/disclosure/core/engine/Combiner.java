package cn.rongjiang.disclosure.core.engine;

import cn.rongjiang.disclosure.core.model.Audience;
import cn.rongjiang.disclosure.core.model.CategoryInfo;
import cn.rongjiang.disclosure.core.model.Channel;
import cn.rongjiang.disclosure.core.model.Deadline;
import cn.rongjiang.disclosure.core.model.Decision;
import cn.rongjiang.disclosure.core.model.Disclosure;
import cn.rongjiang.disclosure.core.model.Item;
import cn.rongjiang.disclosure.core.model.Obligation;
import cn.rongjiang.disclosure.core.model.ObligationCode;
import cn.rongjiang.disclosure.core.model.OverriddenFinding;
import cn.rongjiang.disclosure.core.model.PersonalInfoField;
import cn.rongjiang.disclosure.core.model.Reason;
import cn.rongjiang.disclosure.core.model.Redaction;
import cn.rongjiang.disclosure.core.model.RedactionAction;
import cn.rongjiang.disclosure.core.model.RedactionTarget;
import cn.rongjiang.disclosure.core.model.RuleSetInfo;
import cn.rongjiang.disclosure.core.model.Signal;
import cn.rongjiang.disclosure.core.model.WithholdingReason;
import cn.rongjiang.disclosure.core.tables.OfficeTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The one place where findings become a decision: the two passes of contract §4.
 *
 * <p>Pass 1 ({@link #decideClass}) takes the findings of the rules that do not match
 * {@link Decided} and decides the class. Pass 2 ({@link #decision}) takes those and the findings
 * of the rules whose Decided condition holds for that class, and derives what follows from it.
 *
 * <p>This runs for every item. Its loops are indexed, not streams or for-each: in methods this
 * size the JIT keeps the iterators, which cost 5 % of a classification's allocation (measured).
 */
final class Combiner {

    /** Inside tier 2 (and tier 4), which reason is the more decisive: contract §3, withholdingReason. */
    private static final List<WithholdingReason> REASON_ORDER = List.of(
            WithholdingReason.NOT_GOVERNMENT_INFORMATION,
            WithholdingReason.STATE_SECRET,
            WithholdingReason.PENDING_SECRECY_DETERMINATION,
            WithholdingReason.PROHIBITED_BY_LAW,
            WithholdingReason.SECURITY_OR_STABILITY,
            WithholdingReason.THIRD_PARTY_RIGHTS,
            WithholdingReason.PROCESS_INFORMATION,
            WithholdingReason.ENFORCEMENT_CASE_FILE,
            WithholdingReason.INTERNAL_AFFAIRS);

    /**
     * The class and the findings behind it, as pass 1 leaves them; {@code fellShort} holds the
     * lifts that named a finding which still stands (a consent that covers only some fields);
     * {@code marking} is the issuer's marking finding (M-MARKED) or null, and {@code markingDuties}
     * the obligations of its rule that this outcome calls for (RESOLVE_MARKING_CONFLICT,
     * STATE_WITHHOLDING_GROUND).
     */
    record ClassOutcome(
            Disclosure disclosure,
            List<Finding> deciding,
            Map<String, String> liftedBy,
            boolean statutoryPublicity,
            Set<Finding> fellShort,
            WithholdingReason withholdingReason,
            Finding marking,
            Set<ObligationCode> markingDuties) {
    }

    /** P-WORKNEWS is the seed's practice, not a statute: a mandatory duty that a marking does not beat. */
    private static final String WORK_NEWS = "P-WORKNEWS";

    private Combiner() {
    }

    /** Pass 1: lifts first, then the highest tier, then the more restrictive class inside it. */
    static ClassOutcome decideClass(List<Finding> findings) {
        // A lift removes the named exemptions; the lifter itself cannot be lifted (no chains in §4).
        // A lift with a scope removes a finding with parts only when the scopes together cover
        // every part: a lift removes exactly what its statute or consent names, nothing else.
        Map<String, String> liftedBy = Map.of();
        Map<String, Set<RedactionTarget>> covered = null;
        Map<String, String> scopedLifter = null;
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (!f.lift) {
                continue;
            }
            for (String target : f.lifts()) {
                Finding t = findingFor(findings, target);
                if (t == null) {
                    continue;
                }
                if (t.parts == null || f.liftScope == null) {
                    if (liftedBy.isEmpty()) {
                        liftedBy = new LinkedHashMap<>();
                    }
                    liftedBy.putIfAbsent(target, f.meta.ruleId());
                } else {
                    if (covered == null) {
                        covered = new LinkedHashMap<>();
                        scopedLifter = new LinkedHashMap<>();
                    }
                    covered.computeIfAbsent(target, k -> EnumSet.noneOf(RedactionTarget.class)).addAll(f.liftScope);
                    scopedLifter.putIfAbsent(target, f.meta.ruleId());
                }
            }
        }
        if (covered != null) {
            for (Map.Entry<String, Set<RedactionTarget>> c : covered.entrySet()) {
                if (c.getValue().containsAll(findingFor(findings, c.getKey()).parts)) {
                    if (liftedBy.isEmpty()) {
                        liftedBy = new LinkedHashMap<>();
                    }
                    liftedBy.putIfAbsent(c.getKey(), scopedLifter.get(c.getKey()));
                }
            }
        }
        Set<Finding> fellShort = Set.of();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.lift && liftsNothingThatFired(f, findings, liftedBy)) {
                if (fellShort.isEmpty()) {
                    fellShort = new HashSet<>();
                }
                fellShort.add(f);
            }
        }
        Tier top = null;
        boolean statutory = false;
        Finding marking = null;
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (liftedBy.containsKey(f.meta.ruleId())) {
                continue;
            }
            statutory |= f.statuteKeeps != null;
            if (f.tier == Tier.MARKED) {
                marking = marking == null ? f : marking; // weighed against the tiers below
            } else if (f.isClassFinding() && (top == null || f.tier.compareTo(top) < 0)) {
                top = f.tier;
            }
        }
        if (top == null) {
            // D-DEFAULT always fires; its absence means the rule folder is broken. Never guess a class.
            throw new IllegalStateException("no class finding: the default rule (D-DEFAULT) did not fire");
        }
        List<Finding> deciding = strictestOf(findings, top, liftedBy);
        Disclosure byTiers = deciding.get(0).disclosure;
        if (marking == null) {
            return new ClassOutcome(byTiers, deciding, liftedBy, statutory, fellShort,
                    deciding.get(0).withholdingReason, null, Set.of());
        }
        return withMarking(marking, top, deciding, findings, liftedBy, statutory, fellShort);
    }

    /** The findings of {@code tier} with its most restrictive class, most decisive reason first. */
    private static List<Finding> strictestOf(List<Finding> findings, Tier tier, Map<String, String> liftedBy) {
        Disclosure strictest = null;
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.tier == tier && !liftedBy.containsKey(f.meta.ruleId())
                    && (strictest == null || f.disclosure.compareTo(strictest) > 0)) {
                strictest = f.disclosure;
            }
        }
        List<Finding> deciding = new ArrayList<>(2);
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.tier == tier && f.disclosure == strictest && !liftedBy.containsKey(f.meta.ruleId())) {
                deciding.add(f);
            }
        }
        if (deciding.size() > 1) {
            deciding.sort(Comparator.comparingInt(Combiner::reasonRank));
        }
        return deciding; // fresh, never changed after
    }

    /**
     * Tier 3M, the issuer's marking (contract §4): tiers 1–3 beat it (a conflict when stricter); a
     * mandatory duty other than P-WORKNEWS beats a stricter marking when no tier-4 finding
     * remains (a conflict); otherwise the marking decides. A 不予公开 marking takes its reason from
     * the tier-4, 6 or 7 exemption that supports it, else MARKED_BY_ISSUER with the duty to state
     * a legal ground.
     */
    private static ClassOutcome withMarking(Finding marking, Tier top, List<Finding> byTiers, List<Finding> findings,
                                            Map<String, String> liftedBy, boolean statutory, Set<Finding> fellShort) {
        Disclosure marked = marking.disclosure;
        Disclosure tiersClass = byTiers.get(0).disclosure;
        if (top.compareTo(Tier.MARKED) < 0) {
            Set<ObligationCode> duties = tiersClass.compareTo(marked) > 0
                    ? EnumSet.of(ObligationCode.RESOLVE_MARKING_CONFLICT) : Set.of();
            return new ClassOutcome(tiersClass, byTiers, liftedBy, statutory, fellShort, byTiers.get(0).withholdingReason,
                    marking, duties);
        }
        List<Finding> duties = new ArrayList<>(2);
        boolean status = false;
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (liftedBy.containsKey(f.meta.ruleId())) {
                continue;
            }
            status |= f.tier == Tier.STATUS;
            if (f.tier == Tier.MANDATORY && !f.meta.ruleId().equals(WORK_NEWS)) {
                duties.add(f);
            }
        }
        if (!duties.isEmpty() && !status) {
            if (marked == Disclosure.PROACTIVE) {
                duties.add(marking); // the marking agrees with the statute
            }
            Set<ObligationCode> conflict = marked == Disclosure.PROACTIVE
                    ? Set.of() : EnumSet.of(ObligationCode.RESOLVE_MARKING_CONFLICT);
            return new ClassOutcome(Disclosure.PROACTIVE, duties, liftedBy, statutory, fellShort, null, marking, conflict);
        }
        List<Finding> deciding = new ArrayList<>(2);
        deciding.add(marking);
        WithholdingReason reason = null;
        Set<ObligationCode> markingDuties = Set.of();
        if (marked == Disclosure.WITHHELD) {
            Finding support = supportingExemption(findings, liftedBy);
            if (support != null) {
                deciding.add(support);
                reason = support.withholdingReason != null ? support.withholdingReason : WithholdingReason.INTERNAL_AFFAIRS;
            } else {
                reason = WithholdingReason.MARKED_BY_ISSUER;
                markingDuties = EnumSet.of(ObligationCode.STATE_WITHHOLDING_GROUND);
            }
        }
        return new ClassOutcome(marked, deciding, liftedBy, statutory, fellShort, reason, marking, markingDuties);
    }

    /** The first exemption of tiers 4, 6 and 7 (in tier order) that a 不予公开 marking exercises. */
    private static Finding supportingExemption(List<Finding> findings, Map<String, String> liftedBy) {
        Finding best = null;
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            boolean exemption = f.tier == Tier.STATUS || f.tier == Tier.SEED_INTERNAL || f.tier == Tier.INTERNAL_AFFAIRS;
            if (exemption && !liftedBy.containsKey(f.meta.ruleId()) && (best == null || f.tier.compareTo(best.tier) < 0)) {
                best = f;
            }
        }
        return best;
    }

    /** True when {@code lift} named a finding that fired and it removed none of them. */
    private static boolean liftsNothingThatFired(Finding lift, List<Finding> findings, Map<String, String> liftedBy) {
        boolean anyFired = false;
        for (String target : lift.lifts()) {
            if (findingFor(findings, target) != null) {
                anyFired = true;
                if (liftedBy.containsKey(target)) {
                    return false;
                }
            }
        }
        return anyFired;
    }

    /**
     * The findings pass 2 reads: the first pass's, then those of the second-pass rules whose
     * Decided condition holds for the decided class, each in firing order.
     */
    static List<Finding> withSecondPass(ClassOutcome decided, List<Finding> firstPass, List<Finding> secondPass) {
        List<Finding> findings = new ArrayList<>(firstPass.size() + secondPass.size());
        findings.addAll(firstPass);
        for (int i = 0; i < secondPass.size(); i++) {
            Finding f = secondPass.get(i);
            if (f.condition.test(decided.disclosure(), decided.statutoryPublicity())) {
                findings.add(f);
            }
        }
        return findings;
    }

    /**
     * Pass 2: reasons, overridden findings, redactions, obligations, deadline, channels, audience
     * and office, as the decision for {@code item}; {@code category} and {@code ruleSet} are reported as given.
     */
    static Decision decision(ClassOutcome decided, List<Finding> findings, Item item, OfficeTable offices,
                             CategoryInfo category, List<Signal> signals, RuleSetInfo ruleSet) {
        Disclosure disclosure = decided.disclosure();
        Map<String, String> liftedBy = decided.liftedBy();
        List<Finding> deciding = decided.deciding(); // one or two findings: a list is the quickest set

        // Findings that take effect: not lifted, and not a class finding that lost.
        List<Finding> effective = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (!liftedBy.containsKey(f.meta.ruleId()) && (!f.isClassFinding() || deciding.contains(f))) {
                effective.add(f);
            }
        }

        // Most decisive first: the deciding findings, then the lifts on the way, then the annotations.
        List<Reason> reasons = new ArrayList<>(effective.size()); // the deciding findings are among the effective
        for (int i = 0; i < deciding.size(); i++) {
            Finding f = deciding.get(i);
            reasons.add(reason(f, f.disclosure, item));
        }
        for (int i = 0; i < effective.size(); i++) {
            Finding f = effective.get(i);
            if (!f.isClassFinding() && (f.lift || f.note) && !decided.fellShort().contains(f)) {
                reasons.add(reason(f, disclosure, item));
            }
        }
        for (int i = 0; i < effective.size(); i++) {
            Finding f = effective.get(i);
            if (!f.isClassFinding() && (!f.lift || decided.fellShort().contains(f)) && !f.note && f.shapesPublication()) {
                reasons.add(reason(f, disclosure, item));
            }
        }

        List<OverriddenFinding> overridden = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            String lifter = liftedBy.get(f.meta.ruleId());
            if (lifter != null) {
                overridden.add(new OverriddenFinding(f.meta.ruleId(), f.disclosure, lifter));
            } else if (f.isClassFinding() && !deciding.contains(f) && f.tier != Tier.DEFAULT) {
                // The default is the fallback, not a competitor: it is not reported as overridden.
                overridden.add(new OverriddenFinding(f.meta.ruleId(), f.disclosure, deciding.get(0).meta.ruleId()));
            }
        }

        Set<PersonalInfoField> statuteKeeps = EnumSet.noneOf(PersonalInfoField.class);
        for (int i = 0; i < effective.size(); i++) {
            Finding f = effective.get(i);
            if (f.statuteKeeps != null) {
                statuteKeeps.addAll(f.statuteKeeps);
            }
        }
        List<Redaction> redactions = redactions(effective, statuteKeeps);
        boolean partial = disclosure != Disclosure.WITHHELD && !redactions.isEmpty();

        List<Obligation> obligations = new ArrayList<>();
        Finding marking = decided.marking();
        if (marking != null) {
            markingObligations(marking, decided, item, obligations);
        }
        for (int i = 0; i < effective.size(); i++) {
            Finding f = effective.get(i);
            if (f == marking) {
                continue; // its duties apply only where the outcome calls for them: above
            }
            List<Finding.Duty> duties = f.duties();
            for (int j = 0; j < duties.size(); j++) {
                Finding.Duty d = duties.get(j);
                if (!hasObligation(obligations, d.code(), f.meta.ruleId())) {
                    obligations.add(new Obligation(d.code(), f.meta.ruleId(), Explanations.render(d.text(), item)));
                }
            }
        }

        boolean proactive = disclosure == Disclosure.PROACTIVE;
        Deadline deadline = proactive ? deadline(effective, obligations) : null;
        WithholdingReason withholdingReason = disclosure == Disclosure.WITHHELD ? decided.withholdingReason() : null;
        return new Decision(
                DecisionIds.next(),
                item.id(),
                disclosure,
                disclosure.label(),
                withholdingReason,
                reasons,
                overridden,
                partial,
                redactions,
                obligations,
                deadline,
                max(effective, f -> f.publicityDays),
                first(effective, f -> f.publicityEnds),
                max(effective, f -> f.commentPeriodDays),
                proactive ? channels(effective) : null,
                audience(disclosure, effective),
                responsibleOffice(effective, item, offices),
                first(effective, f -> f.updateCadence),
                category,
                signals,
                ruleSet);
    }

    /**
     * The marking rule's duties that this outcome calls for; a conflict names the finding that
     * beat the marking, so the drafter knows which duty to follow.
     */
    private static void markingObligations(Finding marking, ClassOutcome decided, Item item, List<Obligation> obligations) {
        List<Finding.Duty> duties = marking.duties();
        for (int j = 0; j < duties.size(); j++) {
            Finding.Duty d = duties.get(j);
            if (!decided.markingDuties().contains(d.code()) || hasObligation(obligations, d.code(), marking.meta.ruleId())) {
                continue;
            }
            String text = Explanations.render(d.text(), item);
            Finding winner = decided.deciding().get(0);
            if (d.code() == ObligationCode.RESOLVE_MARKING_CONFLICT && winner != marking) {
                text = text + "（" + winner.meta.ruleId() + "：" + winner.meta.legalBasis() + "）";
            }
            obligations.add(new Obligation(d.code(), marking.meta.ruleId(), text));
        }
    }

    /** One obligation per code and rule, however often the rule fired. */
    private static boolean hasObligation(List<Obligation> obligations, ObligationCode code, String ruleId) {
        for (int i = 0; i < obligations.size(); i++) {
            Obligation o = obligations.get(i);
            if (o.code() == code && o.ruleId().equals(ruleId)) {
                return true;
            }
        }
        return false;
    }

    private static Finding findingFor(List<Finding> findings, String ruleId) {
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.meta.ruleId().equals(ruleId)) {
                return f;
            }
        }
        return null;
    }

    private static int reasonRank(Finding f) {
        return f.withholdingReason == null ? REASON_ORDER.size() : REASON_ORDER.indexOf(f.withholdingReason);
    }

    private static Reason reason(Finding f, Disclosure disclosure, Item item) {
        RuleMeta m = f.meta;
        return new Reason(m.ruleId(), disclosure, m.principle(), m.legalBasis(), Explanations.render(m.explanation(), item));
    }

    /**
     * One redaction per target. The fields a statute names for publication are not cut. A
     * statute's own action for a part (the 救助事由 generalised) beats every other cut of it; an
     * explicit cut beats a statute's blanket cut of unnamed fields; among equals the more
     * protective action wins (REMOVE over GENERALISE over MASK), so merging never loosens a cut.
     * A sensitive field is never masked, whatever a rule file says.
     */
    private static List<Redaction> redactions(List<Finding> effective, Set<PersonalInfoField> statuteKeeps) {
        boolean anyCut = false;
        for (int i = 0; i < effective.size(); i++) {
            Finding f = effective.get(i);
            anyCut |= !f.cuts().isEmpty();
        }
        if (!anyCut) {
            return List.of();
        }
        Map<RedactionTarget, Redaction> byTarget = new EnumMap<>(RedactionTarget.class);
        Map<RedactionTarget, Integer> rank = new EnumMap<>(RedactionTarget.class);
        for (int i = 0; i < effective.size(); i++) {
            Finding f = effective.get(i);
            List<Finding.Cut> cuts = f.cuts();
            for (int j = 0; j < cuts.size(); j++) {
                Finding.Cut cut = cuts.get(j);
                RedactionTarget target = cut.target();
                if (isKeptByStatute(target, statuteKeeps)) {
                    continue;
                }
                RedactionAction action = cut.action() == RedactionAction.MASK && target.sensitive()
                        ? RedactionAction.REMOVE : cut.action();
                Redaction candidate = new Redaction(target, action, f.meta.ruleId(), f.meta.legalBasis());
                Redaction held = byTarget.get(target);
                int r = cut.prescribed() ? 2 : cut.implied() ? 0 : 1;
                boolean replace = held == null
                        || r > rank.get(target)
                        || (r == rank.get(target) && strength(action) > strength(held.action()));
                if (replace) {
                    byTarget.put(target, candidate);
                    rank.put(target, r);
                }
            }
        }
        return List.copyOf(byTarget.values());
    }

    private static boolean isKeptByStatute(RedactionTarget target, Set<PersonalInfoField> statuteKeeps) {
        for (PersonalInfoField kept : statuteKeeps) {
            if (RedactionTarget.of(kept) == target) {
                return true;
            }
        }
        return false;
    }

    private static int strength(RedactionAction action) {
        return switch (action) {
            case MASK -> 0;
            case GENERALISE -> 1;
            case REMOVE -> 2;
        };
    }

    /**
     * The earliest date of the deadline rules that apply. A count that runs into a year the
     * calendar lacks gives no date: if it could be the earliest, the decision carries no date and
     * a CALENDAR_MISSING obligation naming the year.
     */
    private static Deadline deadline(List<Finding> effective, List<Obligation> obligations) {
        Deadline earliest = null;
        Integer missingYear = null;
        String missingRule = null;
        for (int i = 0; i < effective.size(); i++) {
            Finding f = effective.get(i);
            List<Finding.DeadlineCandidate> deadlines = f.deadlines();
            for (int j = 0; j < deadlines.size(); j++) {
                Finding.DeadlineCandidate c = deadlines.get(j);
                if (c.date() == null) {
                    if (missingYear == null || c.missingYear() < missingYear) {
                        missingYear = c.missingYear();
                        missingRule = f.meta.ruleId();
                    }
                } else if (earliest == null || c.date().isBefore(earliest.date())) {
                    earliest = new Deadline(c.date(), f.meta.ruleId(), f.meta.legalBasis());
                }
            }
        }
        if (missingYear == null) {
            return earliest;
        }
        if (earliest != null && earliest.date().isBefore(LocalDate.of(missingYear, 1, 1))) {
            return earliest;
        }
        obligations.add(new Obligation(ObligationCode.CALENDAR_MISSING, missingRule,
                "工作日历缺少" + missingYear + "年的节假日安排，无法计算公开期限；请在日历文件中补充"
                        + missingYear + "年国务院办公厅放假通知后重新计算。"));
        return null;
    }

    /** The union of what the rules name, unless a rule restricts where: then only what all restrictors allow. */
    private static List<Channel> channels(List<Finding> effective) {
        Set<Channel> union = EnumSet.noneOf(Channel.class);
        Set<Channel> restricted = null;
        for (int i = 0; i < effective.size(); i++) {
            Finding f = effective.get(i);
            if (f.restrictsChannels) {
                if (restricted == null) {
                    restricted = EnumSet.noneOf(Channel.class);
                    restricted.addAll(f.channels());
                } else {
                    restricted.retainAll(f.channels());
                }
            } else {
                union.addAll(f.channels());
            }
        }
        return List.copyOf(restricted != null ? restricted : union);
    }

    /**
     * The office that must act: one a statute names (the township makes a 初审 list), else the
     * caller's owning office, else the work plan's task table, else the office table.
     */
    private static String responsibleOffice(List<Finding> effective, Item item, OfficeTable offices) {
        String byStatute = first(effective, f -> f.responsibleOffice);
        if (byStatute != null) {
            return byStatute;
        }
        if (item.owningOffice() != null && !item.owningOffice().isBlank()) {
            return item.owningOffice();
        }
        String byTask = first(effective, f -> f.workTaskOffice);
        return byTask != null ? byTask : offices.officeFor(item);
    }

    private static Audience audience(Disclosure disclosure, List<Finding> effective) {
        return switch (disclosure) {
            case WITHHELD -> Audience.NONE;
            case INTERNAL_ONLY -> Audience.STAFF;
            case ON_REQUEST -> Audience.APPLICANT;
            case PROACTIVE -> {
                Audience narrowed = first(effective, f -> f.audience);
                yield narrowed != null ? narrowed : Audience.PUBLIC;
            }
        };
    }

    private static Integer max(List<Finding> effective, Function<Finding, Integer> value) {
        Integer max = null;
        for (int i = 0; i < effective.size(); i++) {
            Finding f = effective.get(i);
            Integer v = value.apply(f);
            if (v != null && (max == null || v > max)) {
                max = v;
            }
        }
        return max;
    }

    private static <T> T first(List<Finding> effective, Function<Finding, T> value) {
        for (int i = 0; i < effective.size(); i++) {
            Finding f = effective.get(i);
            T v = value.apply(f);
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
