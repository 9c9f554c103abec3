package cn.rongjiang.disclosure.core.engine;

import cn.rongjiang.disclosure.core.model.Disclosure;

/**
 * The class decided by the first pass, inserted as a fact for the second pass. Rules that add
 * obligations, redactions or channels depending on the class match on it, e.g.
 * {@code Decided( disclosure == Disclosure.PROACTIVE )}. {@code statutoryPublicity} is true when
 * a statute names the fields to publish (X-STATUTORY-PUB).
 */
public record Decided(Disclosure disclosure, boolean statutoryPublicity) {
}
