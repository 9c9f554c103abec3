package cn.rongjiang.disclosure.core.engine;

/**
 * The tiers of contract §4, highest precedence first. The class comes from the highest tier
 * that has a finding; inside a tier the more restrictive class wins. The issuer's marking (3M)
 * stands between tiers 3 and 4, with its own precedence ({@link Combiner}).
 */
public enum Tier {
    /** 1: not government information (S-NOT-GOV). */
    SCOPE(1),
    /** 2: absolute withholding: state secret, pending secrecy, prohibited by law, security or stability. */
    ABSOLUTE(2),
    /** 3: the third-party gate: personal information, trade secret, minors, not separable and not lifted. */
    THIRD_PARTY(3),
    /** 3M: the issuer's marking (M-MARKED), a decision where the law leaves the bureau one. */
    MARKED(3),
    /** 4: status: process information, enforcement case file. */
    STATUS(4),
    /** 5: mandatory proactive disclosure (应当): Art. 19, Art. 20, the sector statutes, the seed. */
    MANDATORY(5),
    /** 6: the seed's internal list, disclosed to staff (可以不公开). */
    SEED_INTERNAL(6),
    /** 7: other internal affairs (Art. 16¶1). */
    INTERNAL_AFFAIRS(7),
    /** 8: nothing applied: released on request. */
    DEFAULT(8);

    private final int number;

    Tier(int number) {
        this.number = number;
    }

    /** The tier's number in contract §4, 1 to 8 (3 for 3M, the marking). */
    public int number() {
        return number;
    }
}
