package cn.rongjiang.disclosure.core.model;

/** Why an item is withheld; the first seven are the national annual-report categories. */
public enum WithholdingReason implements Labelled {
    STATE_SECRET("属于国家秘密"),
    PROHIBITED_BY_LAW("其他法律行政法规禁止公开"),
    SECURITY_OR_STABILITY("危及“三安全一稳定”"),
    THIRD_PARTY_RIGHTS("保护第三方合法权益"),
    INTERNAL_AFFAIRS("属于三类内部事务信息"),
    PROCESS_INFORMATION("属于四类过程性信息"),
    ENFORCEMENT_CASE_FILE("属于行政执法案卷"),
    NOT_GOVERNMENT_INFORMATION("不属于政府信息"),
    PENDING_SECRECY_DETERMINATION("待定密"),
    /** The issuer marked it 不予公开 and no legal ground was found (contract §4, tier 3M). */
    MARKED_BY_ISSUER("制发机关标注不予公开");

    private final String label;

    WithholdingReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
