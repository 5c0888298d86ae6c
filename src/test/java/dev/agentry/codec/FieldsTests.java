package dev.agentry.codec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.agentry.support.AgentryException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldsTests {

    private static Fields fields(String json) {
        return Fields.of(Codec.readJsonMap(json, "f.json"), "f.json");
    }

    @Test
    void readsTypedValues() {
        Fields fields = fields("{\"s\": \"x\", \"b\": true, \"i\": 7, \"l\": [\"a\", \"b\"], \"m\": [{\"k\": \"v\"}]}");
        assertThat(fields.string("s")).isEqualTo("x");
        assertThat(fields.bool("b")).isTrue();
        assertThat(fields.integer("i")).isEqualTo(7);
        assertThat(fields.strings("l")).containsExactly("a", "b");
        assertThat(fields.mappings("m")).singleElement().satisfies(m -> assertThat(m.string("k")).isEqualTo("v"));
    }

    @Test
    void absentOrNullOptionalValuesAreNullOrEmpty() {
        Fields fields = fields("{\"s\": null, \"l\": null}");
        assertThat(fields.string("s")).isNull();
        assertThat(fields.string("missing")).isNull();
        assertThat(fields.strings("l")).isNull();
        assertThat(fields.mappings("missing")).isEmpty();
    }

    @Test
    void unknownKeysAreRefusedWithTheClosestKnownKey() {
        Map<String, Object> entry = new LinkedHashMap<>(Map.of("blok", "x"));
        Fields fields = Fields.of(Map.of("files", List.of(entry)), "state.json");
        assertThatThrownBy(() -> fields.mappings("files").get(0).only(Set.of("path", "block")))
                .isInstanceOf(AgentryException.class)
                .hasMessage("state.json: unknown key 'blok' (at files[0].blok). Did you mean 'block'? Known keys: block, path.");
    }

    @Test
    void wrongTypesAreRefusedWithThePath() {
        Fields fields = fields("{\"s\": 1, \"b\": \"true\", \"i\": 1.0, \"big\": 12345678901, \"l\": [\"a\", 2],"
                + " \"m\": [{\"b\": null}, 3], \"n\": [{\"b\": null}]}");
        assertThatThrownBy(() -> fields.string("s")).hasMessage("f.json: wrong type (at s): expected a text value.");
        assertThatThrownBy(() -> fields.bool("b")).hasMessage("f.json: wrong type (at b): expected true or false.");
        assertThatThrownBy(() -> fields.bool("missing")).hasMessage("f.json: wrong type (at missing): expected true or false.");
        assertThatThrownBy(() -> fields.integer("i")).hasMessage("f.json: wrong type (at i): expected a whole number.");
        assertThatThrownBy(() -> fields.integer("big")).hasMessage("f.json: wrong type (at big): expected a whole number.");
        assertThatThrownBy(() -> fields.strings("l")).hasMessage("f.json: wrong type (at l[1]): expected a text value.");
        assertThatThrownBy(() -> fields.mappings("s")).hasMessage("f.json: wrong type (at s): expected a list.");
        assertThatThrownBy(() -> fields.mappings("m")).hasMessage("f.json: wrong type (at m[1]): expected a mapping.");
        assertThatThrownBy(() -> fields.mappings("n").get(0).bool("b"))
                .hasMessage("f.json: wrong type (at n[0].b): expected true or false.");
    }
}
