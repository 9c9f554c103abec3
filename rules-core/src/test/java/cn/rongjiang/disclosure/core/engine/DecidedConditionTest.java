package cn.rongjiang.disclosure.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.core.model.Disclosure;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each form a Decided pattern may take, against every class it could meet. */
class DecidedConditionTest {

    @Test
    void eachFormSelectsTheClassesItStates() {
        assertThat(holds("disclosure == Disclosure.PROACTIVE")).isEqualTo(both(EnumSet.of(Disclosure.PROACTIVE)));
        assertThat(holds("disclosure != Disclosure.WITHHELD")).isEqualTo(both(EnumSet.complementOf(EnumSet.of(Disclosure.WITHHELD))));
        assertThat(holds("disclosure in (Disclosure.PROACTIVE, Disclosure.ON_REQUEST)"))
                .isEqualTo(both(EnumSet.of(Disclosure.PROACTIVE, Disclosure.ON_REQUEST)));
        assertThat(holds("disclosure not in (Disclosure.PROACTIVE, Disclosure.ON_REQUEST)"))
                .isEqualTo(both(EnumSet.of(Disclosure.WITHHELD, Disclosure.INTERNAL_ONLY)));
        assertThat(holds()).isEqualTo(both(EnumSet.allOf(Disclosure.class)));
    }

    @Test
    void theStatutoryFlagNarrowsAndAllConstraintsMustHold() {
        assertThat(holds("disclosure != Disclosure.WITHHELD", "!statutoryPublicity"))
                .containsExactlyInAnyOrder("PROACTIVE/false", "ON_REQUEST/false", "INTERNAL_ONLY/false");
        assertThat(holds("statutoryPublicity")).allMatch(s -> s.endsWith("/true")).hasSize(4);
        assertThat(holds("statutoryPublicity == false")).allMatch(s -> s.endsWith("/false")).hasSize(4);
        assertThat(holds("statutoryPublicity", "!statutoryPublicity")).isEmpty();
        assertThat(holds("disclosure == Disclosure.PROACTIVE", "disclosure == Disclosure.WITHHELD")).isEmpty();
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThat(DecidedCondition.parse(List.of("disclosure == Disclosure.PROACTIVE || statutoryPublicity")).problem())
                .contains("is not understood");
        assertThat(DecidedCondition.parse(List.of("disclosure == Disclosure.PUBLIC")).problem())
                .contains("`Disclosure.PUBLIC` is not a Disclosure value");
        assertThat(DecidedCondition.parse(List.of("disclosure in (Disclosure.PROACTIVE, Disclosure.ONREQUEST)")).problem())
                .contains("did you mean `Disclosure.ON_REQUEST`");
    }

    /** The (class/statutory) pairs the condition of these constraints holds for. */
    private static Set<String> holds(String... constraints) {
        DecidedCondition.Result parsed = DecidedCondition.parse(List.of(constraints));
        assertThat(parsed.problem()).isNull();
        Set<String> pairs = new TreeSet<>();
        for (Disclosure d : Disclosure.values()) {
            for (boolean statutory : new boolean[] {false, true}) {
                if (parsed.condition().test(d, statutory)) {
                    pairs.add(d + "/" + statutory);
                }
            }
        }
        return pairs;
    }

    private static Set<String> both(Set<Disclosure> disclosures) {
        return disclosures.stream().flatMap(d -> Stream.of(d + "/false", d + "/true"))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
