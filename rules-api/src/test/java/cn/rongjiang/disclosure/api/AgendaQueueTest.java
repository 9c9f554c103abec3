package cn.rongjiang.disclosure.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** main() chooses Drools' binary-heap agenda queue, unless the operator chose a queue already. */
class AgendaQueueTest {
    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(DisclosureApplication.DROOLS_AGENDA_QUEUE);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(DisclosureApplication.DROOLS_AGENDA_QUEUE);
        } else {
            System.setProperty(DisclosureApplication.DROOLS_AGENDA_QUEUE, before);
        }
    }

    @Test
    void choosesTheBinaryHeapWhenNothingIsSet() {
        System.clearProperty(DisclosureApplication.DROOLS_AGENDA_QUEUE);
        DisclosureApplication.useBinaryHeapAgenda();
        assertThat(System.getProperty(DisclosureApplication.DROOLS_AGENDA_QUEUE)).isEqualTo("binaryheap");
    }

    @Test
    void leavesAnOperatorsChoice() {
        System.setProperty(DisclosureApplication.DROOLS_AGENDA_QUEUE, "treeset");
        DisclosureApplication.useBinaryHeapAgenda();
        assertThat(System.getProperty(DisclosureApplication.DROOLS_AGENDA_QUEUE)).isEqualTo("treeset");
    }
}
