package cn.rongjiang.disclosure.core.engine;

import cn.rongjiang.disclosure.core.model.Disclosure;

/**
 * The class decided by the first pass, for the second. Rules that add obligations, redactions or
 * channels depending on the class match on it, e.g. {@code Decided( disclosure == Disclosure.PROACTIVE )}.
 * {@code statutoryPublicity} is true when a statute names the fields to publish (X-STATUTORY-PUB).
 * The engine tests such a pattern itself once the class is decided ({@link DecidedCondition});
 * the rule's other conditions are matched by Drools.
 */
public record Decided(Disclosure disclosure, boolean statutoryPublicity) {
}
