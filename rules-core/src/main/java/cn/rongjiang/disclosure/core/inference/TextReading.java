package cn.rongjiang.disclosure.core.inference;

import cn.rongjiang.disclosure.core.model.Disclosure;
import cn.rongjiang.disclosure.core.model.PersonalInfoField;
import cn.rongjiang.disclosure.core.model.SecretLevel;
import cn.rongjiang.disclosure.core.model.Signal;

import java.util.List;
import java.util.Set;

/**
 * What {@link TextReader} read from an item's title, summary and text: the facts the document
 * states about itself, and each signal behind them (contract §4, "Reading the text").
 *
 * @param secretLevel         the highest secret level marked; {@code NONE} when none
 * @param secrecyUndetermined 涉密, 涉及国家秘密 or 是否涉密待定 was read (applies only without a level)
 * @param internalMarking     an internal marking (内部资料, 工作秘密…) was read
 * @param processInfo         a process marker (会议纪要, 讨论稿, 请示…) was read
 * @param openForConsultation a draft offered for public comment, and no other process marker
 * @param personalInfoFields  the kinds of personal identifier found
 * @param involvesMinors      an ID number's holder is under 18 on the day given
 * @param markedDisclosure    the issuer's marking read (the strictest when several); null when none
 * @param titleHasIdentifier  the title itself holds an identifier (explanations must not show it)
 * @param signals             every signal, in the order read
 */
public record TextReading(
        SecretLevel secretLevel,
        boolean secrecyUndetermined,
        boolean internalMarking,
        boolean processInfo,
        boolean openForConsultation,
        Set<PersonalInfoField> personalInfoFields,
        boolean involvesMinors,
        Disclosure markedDisclosure,
        boolean titleHasIdentifier,
        List<Signal> signals) {

    public TextReading {
        personalInfoFields = Set.copyOf(personalInfoFields);
        signals = List.copyOf(signals);
    }
}
