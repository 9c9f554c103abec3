package cn.rongjiang.disclosure.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * How an item must be disclosed, and why (contract §3). Immutable; the JSON names are the
 * component names. Optional components are null when the contract leaves them out.
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
