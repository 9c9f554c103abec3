package cn.rongjiang.disclosure.core.model;

/** What a redaction cuts: a kind of personal information, or a protected part of another kind. */
public enum RedactionTarget implements Labelled {
    NAME("姓名"),
    ID_NUMBER("身份证号码"),
    BANK_ACCOUNT("银行账号"),
    PHONE("联系电话"),
    ADDRESS("住址"),
    BIRTH_DATE("出生日期"),
    HEALTH("健康状况"),
    DISABILITY("残疾情况"),
    PROPERTY("财产状况"),
    FAMILY("家庭成员及社会关系"),
    OTHER("其他个人信息"),
    TRADE_SECRET("商业秘密"),
    DONOR_IDENTITY("捐赠人身份信息"),
    MINOR_IDENTITY("未成年人身份信息");

    private final String label;

    RedactionTarget(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The redaction target for a kind of personal information. */
    public static RedactionTarget of(PersonalInfoField field) {
        return valueOf(field.name());
    }

    /** True for targets that may only be removed or generalised, never masked (PIPL Art. 28). */
    public boolean sensitive() {
        return this == HEALTH || this == DISABILITY || this == BANK_ACCOUNT || this == MINOR_IDENTITY;
    }
}
