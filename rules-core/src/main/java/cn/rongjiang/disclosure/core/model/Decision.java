package cn.rongjiang.disclosure.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * How an item must be disclosed, and why. Immutable; the JSON names are the component names.
 * Optional components are null when they do not apply.
 *
 * @param decisionId a fresh id for this decision (a UUID)
 * @param itemId the caller's {@code id} of the item, echoed back; null when it sent none
 * @param disclosure the class: {@code PROACTIVE} 主动公开, {@code ON_REQUEST} 依申请公开,
 *        {@code INTERNAL_ONLY} 内部公开 or {@code WITHHELD} 不予公开
 * @param label the class's Chinese label, e.g. 主动公开
 * @param withholdingReason why the item is withheld; only when {@code disclosure} is {@code WITHHELD}
 * @param reasons the findings that decided the class, most decisive first, and those that lifted an
 *        exemption on the way; each with its rule id, class, principle, legal basis and a Chinese
 *        sentence about this item. When nothing applied, the default rule's finding ({@code D-DEFAULT})
 * @param overridden findings that matched but lost to a more decisive one (may be empty)
 * @param partial true when part of the item is cut out and the rest released (区分处理)
 * @param redactions what to cut out before release: target, action ({@code REMOVE},
 *        {@code GENERALISE}, {@code MASK}), the rule and its legal basis (may be empty)
 * @param obligations what the bureau must still do (confidentiality review, consulting a third
 *        party, …): code, rule and a Chinese text (may be empty)
 * @param deadline the last day to publish, for {@code PROACTIVE} items whose start date is known;
 *        otherwise null
 * @param publicityDays the length of the publicity period in days, for assistance lists; otherwise null
 * @param publicityEnds the last day of a penalty decision's credit publicity; otherwise null
 * @param commentPeriodDays the comment period of a draft open for consultation; otherwise null
 * @param channels where to publish, for {@code PROACTIVE}; otherwise null
 * @param audience who may see it: {@code PUBLIC} or {@code LOCAL_COMMUNITY} (proactive),
 *        {@code APPLICANT} (on request), {@code STAFF} (internal), {@code NONE} (withheld)
 * @param responsibleOffice the office that must act, when known; otherwise null
 * @param updateCadence how often the item is updated, when the item names its work task; otherwise null
 * @param category the item's category and where it came from: given by the caller, inferred from
 *        the title (with the phrase that matched) or none
 * @param signals what the engine read in the title, summary and text (secrecy markings, personal
 *        identifiers, the issuer's marking…), each with its evidence (may be empty)
 * @param rules the rule set that made the decision: its version (a hash of the rule files) and load time
 */
public record Decision(
        String decisionId,
        String itemId,
        Disclosure disclosure,
        String label,
        WithholdingReason withholdingReason,
        List<Reason> reasons,
        List<OverriddenFinding> overridden,
        boolean partial,
        List<Redaction> redactions,
        List<Obligation> obligations,
        Deadline deadline,
        Integer publicityDays,
        LocalDate publicityEnds,
        Integer commentPeriodDays,
        List<Channel> channels,
        Audience audience,
        String responsibleOffice,
        UpdateCadence updateCadence,
        CategoryInfo category,
        List<Signal> signals,
        RuleSetInfo rules) {

    public Decision {
        reasons = List.copyOf(reasons);
        overridden = List.copyOf(overridden);
        redactions = List.copyOf(redactions);
        obligations = List.copyOf(obligations);
        channels = channels == null ? null : List.copyOf(channels);
        signals = signals == null ? List.of() : List.copyOf(signals);
    }
}
