package dev.agentry.support;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RelativePathsTests {

    @ParameterizedTest
    @ValueSource(strings = {".claude/agents/x.md", "templates/lib/team.ftl", "a..b/c", "*/x.ftl"})
    void plainRelativePathsAreSafe(String path) {
        assertThat(RelativePaths.fault(path)).isEmpty();
        assertThat(RelativePaths.isSafe(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/etc/passwd", "a\\b", "C:/x", "c:x", "a:b", "https://host/x.ftl", "a\0b"})
    void absoluteDriveColonBackslashAndNulPathsAreNotRelative(String path) {
        assertThat(RelativePaths.fault(path)).contains(RelativePaths.Fault.NOT_RELATIVE);
        assertThat(RelativePaths.isSafe(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/../../x", "a//b", "./x", "a/.", "a/"})
    void emptyDotAndDotDotSegmentsAreRefused(String path) {
        assertThat(RelativePaths.fault(path)).contains(RelativePaths.Fault.BAD_SEGMENT);
    }

    @org.junit.jupiter.api.Test
    void nullIsNotRelative() {
        assertThat(RelativePaths.fault(null)).contains(RelativePaths.Fault.NOT_RELATIVE);
    }
}
