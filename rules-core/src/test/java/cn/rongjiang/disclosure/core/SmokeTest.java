package cn.rongjiang.disclosure.core;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.core.model.*;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void secretWithheld() throws Exception {
        DisclosureEngine e = DisclosureEngine.load(Path.of("../rules"));
        Decision d = e.classify(Item.builder("x").secretLevel(SecretLevel.SECRET).build());
        System.out.println(d);
        assertThat(d.disclosure()).isEqualTo(Disclosure.WITHHELD);
        d = e.classify(Item.builder("x").secretLevel(SecretLevel.SECRET).declassified(true).build());
        System.out.println(d);
        assertThat(d.disclosure()).isEqualTo(Disclosure.ON_REQUEST);
    }
}
