package cn.rongjiang.disclosure.core.model;

/** Kinds of third-party personal information in an item. */
public enum PersonalInfoField implements Labelled {
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
    OTHER("其他个人信息");

    private final String label;

    PersonalInfoField(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
