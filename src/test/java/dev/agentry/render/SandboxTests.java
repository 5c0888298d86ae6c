package dev.agentry.render;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import dev.agentry.catalog.ClasspathLayer;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The FreeMarker configuration on its own, without the source check in front of it: even a template that reaches
 * FreeMarker cannot instantiate classes, use ?api, or call Java methods on the data model.
 */
class SandboxTests {

    private final Configuration configuration = Sandbox.configuration(List.of(new ClasspathLayer()));

    private String process(String source, Map<String, Object> model) throws Exception {
        Template template = new Template("probe.ftl", source, configuration);
        StringWriter out = new StringWriter();
        template.process(model, out);
        return out.toString();
    }

    @Test
    void newResolvesNoClass() {
        assertThatThrownBy(() -> process("${\"freemarker.template.utility.Execute\"?new()(\"id\")}", Map.of()))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("not allowed");
        assertThatThrownBy(() -> process("${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.io.File\", \"/\")}",
                Map.of())).isInstanceOf(TemplateException.class);
    }

    @Test
    void apiIsOff() {
        assertThatThrownBy(() -> process("${m?api.size()}", Map.of("m", Map.of("a", "b"))))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("api_builtin_enabled");
    }

    @Test
    void plainValuesExposeNoJavaMethods() {
        assertThatThrownBy(() -> process("${s.getClass()}", Map.of("s", "text"))).isInstanceOf(TemplateException.class);
        assertThatThrownBy(() -> process("${m.getClass()}", Map.of("m", Map.of("a", "b")))).isInstanceOf(TemplateException.class);
    }

    @Test
    void javaObjectsCannotEnterTheDataModel() {
        assertThatThrownBy(() -> process("${f}", Map.of("f", new java.io.File("/"))))
                .isInstanceOf(TemplateException.class);
    }

    @Test
    void answerTextIsOutputLiterally() throws Exception {
        assertThat(process("${name}", Map.of("name", "${7*7} <#assign x=1>"))).isEqualTo("${7*7} <#assign x=1>");
    }

    @Test
    void templateLoadingStaysInsideTheLayers() {
        assertThatThrownBy(() -> configuration.getTemplate("../../../etc/passwd")).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> configuration.getTemplate("/etc/passwd")).isInstanceOf(Exception.class);
    }
}
