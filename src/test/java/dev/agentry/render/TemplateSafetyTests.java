package dev.agentry.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateSafetyTests {

    @Test
    void proseAroundCodeIsNotMistakenForCode() {
        assertThatCode(() -> TemplateSafety.check("Is it new? new users arrive. Why an API? api docs. ${name}\n<#if x>y</#if>",
                "t.ftl")).doesNotThrowAnyException();
    }

    @Test
    void builtInsThatReachJavaAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> TemplateSafety.check("line one\n${x?new()}", "t.ftl")).hasMessageStartingWith("t.ftl:2:");
        assertThatThrownBy(() -> TemplateSafety.check("<#assign y = x ? api>", "t.ftl")).hasMessageContaining("?api");
        assertThatThrownBy(() -> TemplateSafety.check("${s?eval}", "t.ftl")).hasMessageContaining("?eval");
    }

    @Test
    void includesMustStayRelative() {
        assertThatCode(() -> TemplateSafety.check("<#import \"lib/team.ftl\" as t>", "t.ftl")).doesNotThrowAnyException();
        assertThatThrownBy(() -> TemplateSafety.check("<#include '/lib/team.ftl'>", "t.ftl")).hasMessageContaining("leaves");
        assertThatThrownBy(() -> TemplateSafety.check("[#import \"../x.ftl\" as t]", "t.ftl")).hasMessageContaining("leaves");
        assertThatThrownBy(() -> TemplateSafety.check("<#include 'C:x.ftl'>", "t.ftl")).hasMessageContaining("leaves");
        assertThatThrownBy(() -> TemplateSafety.check("<#include 'lib\\x.ftl'>", "t.ftl")).hasMessageContaining("leaves");
    }
}
