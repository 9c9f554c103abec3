package cn.rongjiang.disclosure.core.engine;

import cn.rongjiang.disclosure.core.model.Audience;
import cn.rongjiang.disclosure.core.model.Channel;
import cn.rongjiang.disclosure.core.model.Disclosure;
import cn.rongjiang.disclosure.core.model.Item;
import cn.rongjiang.disclosure.core.model.ObligationCode;
import cn.rongjiang.disclosure.core.model.PersonalInfoField;
import cn.rongjiang.disclosure.core.model.RedactionAction;
import cn.rongjiang.disclosure.core.model.RedactionTarget;
import cn.rongjiang.disclosure.core.model.WorkTask;
import cn.rongjiang.disclosure.core.model.WithholdingReason;
import cn.rongjiang.disclosure.core.tables.WorkTaskTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The global {@code finding} of every rule file: a rule's consequence says here what it found,
 * in the domain's words ({@code finding.withhold(Tier.ABSOLUTE, WithholdingReason.STATE_SECRET)}).
 * Rules never decide; the findings are combined afterwards by {@link Combiner}.
 *
 * <p>One recorder serves one classification on one thread. Each consequence starts by telling
 * it which rule is firing (the loader writes that call in), so a rule file need not repeat its
 * rule id: the finding is filed under the firing rule's {@code @ruleId}.
 */
public final class FindingRecorder {
    /** What the recorder knows of one compiled rule: its metadata, its pass, its place in {@link #byRule}. */
    record RuleSlot(int index, RuleMeta meta, DecidedCondition condition) {
    }

    private final Map<String, RuleSlot> slots;
    private final WorkingDays workingDays;
    private final WorkTaskTable workTasks;
    /** This item's finding of each rule, by the rule's slot: a rule that fires twice adds to one finding. */
    private final Finding[] byRule;
    // In firing order, each pass on its own: the combiner reads the first pass's findings first.
    private final List<Finding> firstPass = new ArrayList<>();
    private final List<Finding> secondPassFindings = new ArrayList<>();
    private Finding current;
    /** The item being classified: consequences name what they need of it, never the item itself. */
    private Item item;
    /** {@link System#nanoTime()} past which this item's classification is over its time budget. */
    private long deadline;
    /** Rules begun for this item; the clock is read every {@link #CLOCK_EVERY} of them. */
    private int begun;
    /** A power of two: reading the clock costs about as much as a rule firing, so not at every one. */
    private static final int CLOCK_EVERY = 8;

    FindingRecorder(Map<String, RuleSlot> slots, WorkingDays workingDays, WorkTaskTable workTasks) {
        this.slots = slots;
        this.workingDays = workingDays;
        this.workTasks = workTasks;
        this.byRule = new Finding[slots.size()];
    }

    /** One slot per compiled rule, by its name, built once per rule set and shared by its recorders. */
    static Map<String, RuleSlot> slots(Map<String, RuleMeta> metaByName, Map<String, DecidedCondition> secondPass) {
        Map<String, RuleSlot> slots = new HashMap<>();
        for (RuleMeta meta : metaByName.values()) {
            slots.put(meta.name(), new RuleSlot(slots.size(), meta, secondPass.get(meta.name())));
        }
        return Map.copyOf(slots);
    }

    // ---- the engine's side ----------------------------------------------------------------

    /**
     * The engine's own first statement of every consequence (the loader writes it in; a rule file
     * may not): the findings that follow are filed under the rule named {@code ruleName} (its id
     * may be shared by variants; each variant keeps its own explanation).
     */
    public void beginRule(String ruleName) {
        RuleSlot slot = slots.get(ruleName);
        if (slot == null) {
            throw new IllegalStateException("rule without metadata fired: " + ruleName);
        }
        if ((++begun & (CLOCK_EVERY - 1)) == 0) {
            checkBudget();
        }
        current = byRule[slot.index()];
        if (current == null) {
            current = new Finding(slot.meta(), slot.condition());
            byRule[slot.index()] = current;
            (slot.condition() == null ? firstPass : secondPassFindings).add(current);
        }
    }

    RuleMeta currentMeta() {
        return current == null ? null : current.meta;
    }

    /** Starts recording the findings about {@code item}, which must be decided before {@code deadline} (nanoTime). */
    void start(Item item, long deadline) {
        reset();
        this.item = item;
        this.deadline = deadline;
        this.begun = 0;
    }

    /**
     * Stops the classification once it is over its time budget. Checked every few rules as they
     * begin and once all have fired: the rule language has no loops, so no step between two checks
     * can run on unchecked.
     */
    void checkBudget() {
        if (System.nanoTime() - deadline > 0) {
            throw new OverBudget();
        }
    }

    /**
     * The item's classification ran past its time budget. No rule is blamed: the time went to all
     * the conditions and rules so far, not to the rule about to fire.
     */
    static final class OverBudget extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OverBudget() {
            super("the rules ran past the time budget for one item", null, false, false);
        }
    }

    /** Forgets everything recorded, so the recorder can serve the next item on this thread. */
    void reset() {
        Arrays.fill(byRule, null);
        firstPass.clear();
        secondPassFindings.clear();
        current = null;
        item = null;
    }

    private Item item() {
        if (item == null) {
            throw new IllegalStateException("a finding was recorded outside a classification");
        }
        return item;
    }

    /** The findings of the rules that do not match Decided, in firing order: these decide the class. */
    List<Finding> firstPassFindings() {
        return firstPass;
    }

    /** The findings of the rules that match Decided, whether or not their condition holds. */
    List<Finding> secondPassFindings() {
        return secondPassFindings;
    }

    private Finding current() {
        if (current == null) {
            throw new IllegalStateException("a finding was recorded outside a rule's consequence");
        }
        return current;
    }

    // ---- the class (first pass only) -------------------------------------------------------

    /** The item belongs to {@code disclosure} at {@code tier} of contract §4. */
    public void classify(Tier tier, Disclosure disclosure) {
        if (tier == Tier.MARKED) {
            throw new IllegalStateException("rule " + current().meta.ruleId()
                    + " decides at tier 3M; only finding.followMarking() records the issuer's marking");
        }
        record(tier, disclosure);
    }

    private void record(Tier tier, Disclosure disclosure) {
        Finding f = current();
        if (f.condition != null) {
            throw new IllegalStateException("rule " + f.meta.ruleId()
                    + " decides a class in the second pass; class rules must not match Decided");
        }
        if (disclosure == Disclosure.WITHHELD && f.withholdingReason == null) {
            throw new IllegalStateException("rule " + f.meta.ruleId()
                    + " withholds without a reason; use finding.withhold(tier, reason)");
        }
        f.tier = tier;
        f.disclosure = disclosure;
    }

    /** The item is withheld at {@code tier}, for {@code reason}. */
    @RuleAction
    public void withhold(Tier tier, WithholdingReason reason) {
        current().withholdingReason = reason;
        classify(tier, Disclosure.WITHHELD);
    }

    /** The item must be published proactively (a mandatory duty, tier 5). */
    @RuleAction
    public void publishProactively() {
        classify(Tier.MANDATORY, Disclosure.PROACTIVE);
    }

    /** The item is disclosed to the unit's own staff (the seed's internal list, tier 6). */
    @RuleAction
    public void discloseToStaff() {
        classify(Tier.SEED_INTERNAL, Disclosure.INTERNAL_ONLY);
    }

    /** Nothing else applies: the item is released on request (tier 8). */
    @RuleAction
    public void releaseOnRequest() {
        classify(Tier.DEFAULT, Disclosure.ON_REQUEST);
    }

    /**
     * The item is in the class its issuer marked ({@code markedDisclosure}), at tier 3M; a 不予公开
     * marking carries MARKED_BY_ISSUER until the combiner finds the exemption behind it. Nothing
     * when the item carries no marking.
     */
    @RuleAction
    public void followMarking() {
        Disclosure marked = item().markedDisclosure();
        if (marked == null) {
            return;
        }
        if (marked == Disclosure.WITHHELD) {
            current().withholdingReason = WithholdingReason.MARKED_BY_ISSUER;
        }
        record(Tier.MARKED, marked);
    }

    /** This finding removes the exemptions found by the given rules (e.g. consent lifts W-THIRD-PARTY). */
    @RuleAction
    public void lift(String... ruleIds) {
        Finding f = current();
        f.lift = true;
        f.addLifts(Arrays.asList(ruleIds));
    }

    /**
     * This lift covers only {@code parts}: a third-party finding it names stays while one of its
     * parts is neither covered nor cut (X-PROC-SECRET covers the trade secret, nothing else).
     */
    @RuleAction
    public void liftOnly(RedactionTarget... parts) {
        EnumSet<RedactionTarget> scope = EnumSet.noneOf(RedactionTarget.class);
        scope.addAll(List.of(parts));
        current().liftScope = scope;
    }

    /**
     * A third-party finding: it stands for the item's protected parts (its personal fields, or
     * OTHER; its trade secret), and only lifts that cover all of them remove it.
     */
    @RuleAction
    public void protectThirdPartyParts() {
        current().parts = ThirdPartyParts.of(item());
    }

    /**
     * The third party's consent covers the item's {@code consentFields}, or when it lists none,
     * the {@code defaults} (contract §2): the lift covers those parts only, and every other
     * protected part is cut, so what the consent does not cover is never released by it.
     */
    @RuleAction
    public void consentCovers(PersonalInfoField... defaults) {
        Finding f = current();
        EnumSet<RedactionTarget> covered = ThirdPartyParts.consented(item(), defaults);
        f.liftScope = covered;
        for (RedactionTarget part : ThirdPartyParts.of(item())) {
            if (!covered.contains(part)) {
                f.addCut(new Finding.Cut(part, RedactionAction.REMOVE, false));
            }
        }
    }

    /** The finding changes nothing but must be explained among the reasons (e.g. X-MARKING). */
    @RuleAction
    public void note() {
        current().note = true;
    }

    /** The finding supports the class without deciding it (sector catalogue rows). */
    @RuleAction
    public void support() {
        current().supports = true;
    }

    // ---- redactions --------------------------------------------------------------------------

    /** Cut {@code target} out before release, as {@code action} says. */
    @RuleAction
    public void redact(RedactionTarget target, RedactionAction action) {
        current().addCut(new Finding.Cut(target, action, false));
    }

    /** Remove every kind of personal information the item is flagged with (OTHER when none is named). */
    @RuleAction
    public void removeFlaggedPersonalInfo() {
        Item item = item();
        if (item.personalInfoFields().isEmpty() && item.personalInfo()) {
            redact(RedactionTarget.OTHER, RedactionAction.REMOVE);
        }
        for (PersonalInfoField field : item.personalInfoFields()) {
            redact(RedactionTarget.of(field), RedactionAction.REMOVE);
        }
    }

    /** Remove every third-party part of the item: its kinds of personal information (OTHER when none is named) and its trade secret. */
    @RuleAction
    public void removeThirdPartyParts() {
        for (RedactionTarget part : ThirdPartyParts.of(item())) {
            redact(part, RedactionAction.REMOVE);
        }
    }

    /**
     * De-identify the flagged personal information for publication: an address is cut back to
     * the township or village, everything else is removed; a child's identity is removed.
     */
    @RuleAction
    public void deidentify() {
        Item item = item();
        if (item.personalInfoFields().isEmpty() && item.personalInfo()) {
            redact(RedactionTarget.OTHER, RedactionAction.REMOVE);
        }
        for (PersonalInfoField field : item.personalInfoFields()) {
            redact(RedactionTarget.of(field),
                    field == PersonalInfoField.ADDRESS ? RedactionAction.GENERALISE : RedactionAction.REMOVE);
        }
        if (item.involvesMinors()) {
            redact(RedactionTarget.MINOR_IDENTITY, RedactionAction.REMOVE);
        }
    }

    /**
     * A statute names the personal fields to publish: those stay whatever other rules say, the
     * address is cut back to the village, and every other kind of personal field is removed,
     * flagged or not, since such a list always carries them.
     */
    @RuleAction
    public void publishByStatute(PersonalInfoField... named) {
        keepByStatute(List.of(PersonalInfoField.values()), named);
    }

    /**
     * A statute names personal fields to publish in a document that is not a name list (负责人姓名 in
     * ORG_INFO): those stay, and only the other fields the item is flagged with are cut.
     */
    @RuleAction
    public void publishFlaggedByStatute(PersonalInfoField... named) {
        keepByStatute(item().personalInfoFields().isEmpty() && item().personalInfo()
                ? List.of(PersonalInfoField.OTHER) : item().personalInfoFields(), named);
    }

    /**
     * The statute's fields stay and {@code others} not among them are cut (an address back to the
     * village). As every personal part is then kept or cut, the lift covers all of them; never a
     * trade secret, never a child's identity.
     */
    private void keepByStatute(Collection<PersonalInfoField> others, PersonalInfoField... named) {
        Finding f = current();
        EnumSet<PersonalInfoField> keep = EnumSet.noneOf(PersonalInfoField.class);
        keep.addAll(List.of(named));
        f.statuteKeeps = keep;
        f.liftScope = ThirdPartyParts.allPersonal();
        for (PersonalInfoField field : others) {
            if (!keep.contains(field)) {
                RedactionAction action = field == PersonalInfoField.ADDRESS
                        ? RedactionAction.GENERALISE : RedactionAction.REMOVE;
                f.addCut(new Finding.Cut(RedactionTarget.of(field), action, true));
            }
        }
    }

    /**
     * The law the caller cites names the item's {@code statutoryFields}: exactly those stay and
     * the lift covers exactly those; any other protected part keeps the gate shut unless it is cut.
     */
    @RuleAction
    public void publishStatutoryFields() {
        Finding f = current();
        f.statuteKeeps = EnumSet.copyOf(item().statutoryFields());
        f.liftScope = ThirdPartyParts.targets(item().statutoryFields());
    }

    /**
     * Cut {@code target} as the statute itself prescribes (临时救助: the 救助事由 generalised): this
     * beats every other rule's cut of that part.
     */
    @RuleAction
    public void redactAsStatutePrescribes(RedactionTarget target, RedactionAction action) {
        current().addCut(new Finding.Cut(target, action, false, true));
    }

    // ---- obligations and publication ----------------------------------------------------------

    /** The bureau must still do {@code code}; {@code text} says what, in a plain sentence. */
    @RuleAction
    public void oblige(ObligationCode code, String text) {
        current().addDuty(new Finding.Duty(code, text));
    }

    /** Publish through these channels (added to what other rules name). */
    @RuleAction
    public void channels(Channel... channels) {
        current().addChannels(List.of(channels));
    }

    /** Publish through these channels only: replaces the union of the other rules' channels. */
    @RuleAction
    public void onlyChannels(Channel... channels) {
        Finding f = current();
        f.addChannels(List.of(channels));
        f.restrictsChannels = true;
    }

    /** Narrow the audience of a proactive item (e.g. LOCAL_COMMUNITY). */
    @RuleAction
    public void audience(Audience audience) {
        current().audience = audience;
    }

    /** The publicity period lasts this many days. */
    @RuleAction
    public void publicityDays(int days) {
        current().publicityDays = days;
    }

    /**
     * The credit publicity of a penalty ends {@code months} months after its decision date
     * ({@code formedOn}), counted to the corresponding day; none without that date.
     */
    @RuleAction
    public void publicityEndsAfterMonths(int months) {
        LocalDate from = item().formedOn();
        if (from != null) {
            current().publicityEnds = from.plusMonths(months);
        }
    }

    /** A consultation draft stays open for comment this many days. */
    @RuleAction
    public void commentPeriodDays(int days) {
        current().commentPeriodDays = days;
    }

    /** The office that must act, as a statute names it: this beats the caller's and the tables' offices. */
    @RuleAction
    public void responsibleOffice(String office) {
        current().responsibleOffice = office;
    }

    /** The office and update cadence of the work plan's task, from {@code tables/work-tasks.csv}. */
    @RuleAction
    public void followWorkTask() {
        WorkTask task = item().workTask();
        WorkTaskTable.Row row = task == null ? null : workTasks.of(task);
        if (row != null) {
            current().workTaskOffice = row.office();
            current().updateCadence = row.cadence();
        }
    }

    /** The last day to publish is the {@code n}-th working day after the item's {@code date} (none: no deadline). */
    @RuleAction
    public void deadlineInWorkingDays(ItemDate date, int n) {
        LocalDate from = date.of(item());
        if (from == null) {
            return;
        }
        try {
            current().addDeadline(new Finding.DeadlineCandidate(workingDays.add(from, n), null));
        } catch (WorkingDays.MissingYear e) {
            current().addDeadline(new Finding.DeadlineCandidate(null, e.year));
        }
    }

    /** The last day to publish is {@code n} calendar days after the item's {@code date} (none: no deadline). */
    @RuleAction
    public void deadlineInDays(ItemDate date, int n) {
        LocalDate from = date.of(item());
        if (from != null) {
            current().addDeadline(new Finding.DeadlineCandidate(from.plusDays(n), null));
        }
    }
}
