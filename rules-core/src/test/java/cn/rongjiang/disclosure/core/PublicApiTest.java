package cn.rongjiang.disclosure.core;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.core.model.Decision;
import cn.rongjiang.disclosure.core.model.Item;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The library's public API carries no Drools type and no framework type. */
class PublicApiTest {

    @Test
    void noKieTypeAppearsInAPublicSignatureOfTheApi() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : List.of(DisclosureEngine.class, Item.class, Item.Builder.class, Decision.class,
                RuleLoadException.class, ClassificationException.class, Problem.class, RuleInfo.class)) {
            for (Method m : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers())) {
                    continue;
                }
                Stream.concat(Stream.of(m.getReturnType()), Stream.of(m.getParameterTypes()))
                        .filter(t -> t.getName().startsWith("org.kie") || t.getName().startsWith("org.drools")
                                || t.getName().startsWith("io.dropwizard") || t.getName().contains(".engine."))
                        .forEach(t -> leaks.add(type.getSimpleName() + "." + m.getName() + ": " + t.getName()));
            }
        }
        for (RecordComponent c : Decision.class.getRecordComponents()) {
            assertThat(c.getType().getName()).doesNotStartWith("org.kie");
        }
        assertThat(leaks).isEmpty();
    }
}
