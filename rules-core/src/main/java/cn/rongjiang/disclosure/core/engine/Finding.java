package cn.rongjiang.disclosure.core.engine;

import cn.rongjiang.disclosure.core.model.Channel;
import cn.rongjiang.disclosure.core.model.Audience;
import cn.rongjiang.disclosure.core.model.Disclosure;
import cn.rongjiang.disclosure.core.model.ObligationCode;
import cn.rongjiang.disclosure.core.model.PersonalInfoField;
import cn.rongjiang.disclosure.core.model.RedactionAction;
import cn.rongjiang.disclosure.core.model.RedactionTarget;
import cn.rongjiang.disclosure.core.model.UpdateCadence;
import cn.rongjiang.disclosure.core.model.WithholdingReason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one rule recorded while classifying one item. Mutable only while its rule fires; read
 * once by {@link Combiner}. A rule that fires more than once adds to the same finding.
 */
final class Finding {
    /**
     * A part to cut, as one rule asked; {@code implied} marks a statute's blanket cut of unnamed
     * fields, {@code prescribed} a statute's own action for that part (the 救助事由 generalised),
     * which beats every other rule's cut of it.
     */
    public record Cut(RedactionTarget target, RedactionAction action, boolean implied, boolean prescribed) {
        public Cut(RedactionTarget target, RedactionAction action, boolean implied) {
            this(target, action, implied, false);
        }
    }

    /** A duty, as one rule worded it. */
    public record Duty(ObligationCode code, String text) {
    }

    /** A candidate last day to publish; {@code missingYear} is set when the calendar lacks it. */
    public record DeadlineCandidate(LocalDate date, Integer missingYear) {
    }

    final RuleMeta meta;
    /** For a second-pass rule, its condition on the decided class; null for a first-pass rule. */
    final DecidedCondition condition;
    Tier tier;
    Disclosure disclosure;
    WithholdingReason withholdingReason;
    // The collections are created on first use: most findings carry none of them, and a
    // classification makes several findings.
    private Set<String> lifts;
    boolean lift;
    boolean note;
    boolean supports;
    private List<Cut> cuts;
    Set<PersonalInfoField> statuteKeeps;
    /**
     * For a third-party finding (W-THIRD-PARTY): the protected parts it stands for. Lifted only
     * when lifts cover every one of them; null for a finding that is lifted as a whole.
     */
    Set<RedactionTarget> parts;
    /**
     * For a lift: the parts it covers (consented fields, a statute's fields); null lifts the named
     * findings whole. A scope only bites on findings with {@link #parts}.
     */
    Set<RedactionTarget> liftScope;
    /** The last day of a penalty's credit publicity (contract §3 publicityEnds). */
    LocalDate publicityEnds;
    private List<Duty> duties;
    private Set<Channel> channels;
    boolean restrictsChannels;
    Audience audience;
    Integer publicityDays;
    Integer commentPeriodDays;
    String responsibleOffice;
    String workTaskOffice;
    UpdateCadence updateCadence;
    private List<DeadlineCandidate> deadlines;

    Finding(RuleMeta meta, DecidedCondition condition) {
        this.meta = meta;
        this.condition = condition;
    }

    void addLifts(List<String> ruleIds) {
        if (lifts == null) {
            lifts = new LinkedHashSet<>();
        }
        lifts.addAll(ruleIds);
    }

    void addCut(Cut cut) {
        if (cuts == null) {
            cuts = new ArrayList<>();
        }
        cuts.add(cut);
    }

    void addDuty(Duty duty) {
        if (duties == null) {
            duties = new ArrayList<>(2);
        }
        duties.add(duty);
    }

    void addChannels(List<Channel> more) {
        if (channels == null) {
            channels = EnumSet.noneOf(Channel.class);
        }
        channels.addAll(more);
    }

    void addDeadline(DeadlineCandidate deadline) {
        if (deadlines == null) {
            deadlines = new ArrayList<>(2);
        }
        deadlines.add(deadline);
    }

    /** The rule ids whose findings this one lifts, in the order written. */
    Set<String> lifts() {
        return lifts == null ? Set.of() : lifts;
    }

    List<Cut> cuts() {
        return cuts == null ? List.of() : cuts;
    }

    List<Duty> duties() {
        return duties == null ? List.of() : duties;
    }

    Set<Channel> channels() {
        return channels == null ? Set.of() : channels;
    }

    List<DeadlineCandidate> deadlines() {
        return deadlines == null ? List.of() : deadlines;
    }

    boolean isClassFinding() {
        return tier != null;
    }

    /** True when the finding shaped how the item is published, so it belongs among the reasons. */
    boolean shapesPublication() {
        return supports || !channels().isEmpty() || audience != null || publicityDays != null
                || commentPeriodDays != null || publicityEnds != null || !deadlines().isEmpty() || updateCadence != null
                || responsibleOffice != null || workTaskOffice != null;
    }
}
