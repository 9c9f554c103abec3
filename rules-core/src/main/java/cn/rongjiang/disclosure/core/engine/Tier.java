package cn.rongjiang.disclosure.core.engine;

/**
 * The eight tiers of contract §4, highest precedence first. The class comes from the highest
 * tier that has a finding; inside a tier the more restrictive class wins.
 */
public enum Tier {
    /** 1: not government information (S-NOT-GOV). */
    SCOPE,
    /** 2: absolute withholding: state secret, pending secrecy, prohibited by law, security or stability. */
    ABSOLUTE,
    /** 3: the third-party gate: personal information, trade secret, minors, not separable and not lifted. */
    THIRD_PARTY,
    /** 4: status: process information, enforcement case file. */
    STATUS,
    /** 5: mandatory proactive disclosure (应当): Art. 19, Art. 20, the sector statutes, the seed. */
    MANDATORY,
    /** 6: the seed's internal list, disclosed to staff (可以不公开). */
    SEED_INTERNAL,
    /** 7: other internal affairs (Art. 16¶1). */
    INTERNAL_AFFAIRS,
    /** 8: nothing applied: released on request. */
    DEFAULT;

    /** The tier's number in contract §4, 1 to 8. */
    public int number() {
        return ordinal() + 1;
    }
}
