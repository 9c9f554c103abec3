package cn.rongjiang.disclosure.core.engine;

import cn.rongjiang.disclosure.core.model.Item;
import java.time.LocalDate;
import java.util.function.Function;

/** The dates of an item a deadline rule may count from: {@code finding.deadlineInDays(ItemDate.APPROVED_ON, 20)}. */
public enum ItemDate {
    /** 形成或变更之日 (Art. 26), or the decision date of a licence or penalty. */
    FORMED_ON(Item::formedOn),
    /** 预算、决算批复之日. */
    APPROVED_ON(Item::approvedOn),
    /** 处罚、许可决定被变更、撤销或确认违法、无效之日 (行政处罚法 Art. 48¶2). */
    REVOKED_ON(Item::revokedOn);

    private final Function<Item, LocalDate> read;

    ItemDate(Function<Item, LocalDate> read) {
        this.read = read;
    }

    LocalDate of(Item item) {
        return read.apply(item);
    }
}
