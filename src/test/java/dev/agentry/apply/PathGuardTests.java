package dev.agentry.apply;

import java.nio.file.Path;

import dev.agentry.support.AgentryException;
import dev.agentry.support.ExitCode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PathGuardTests {

    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "../outside.md", ".claude/../../outside.md", "a//b", "./x", "C:/x", "c:x", "a:b", "a\\b", ""})
    void pathsThatLeaveOrAreNotPlainRelativeAreRefused(String path) {
        assertThatThrownBy(() -> PathGuard.check(new Workspace(root), path))
                .isInstanceOf(AgentryException.class)
                .satisfies(e -> assertThat(((AgentryException) e).exitCode()).isEqualTo(ExitCode.UNSAFE));
    }

    @Test
    void eachKindOfFaultKeepsItsOwnWording() {
        assertThatThrownBy(() -> PathGuard.check(new Workspace(root), "/etc/passwd"))
                .hasMessage("Refused to write '/etc/passwd': the path is not a relative path. Nothing was written.");
        assertThatThrownBy(() -> PathGuard.check(new Workspace(root), "a/../b"))
                .hasMessage("Refused to write 'a/../b': the path has an empty, '.' or '..' segment. Nothing was written.");
    }

    @Test
    void plainRelativePathsResolveInsideTheTarget() {
        assertThat(PathGuard.check(new Workspace(root), ".claude/agents/x.md")).isEqualTo(root.resolve(".claude/agents/x.md"));
    }
}
