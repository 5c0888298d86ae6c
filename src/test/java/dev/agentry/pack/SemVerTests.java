package dev.agentry.pack;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SemVerTests {

    @Test
    void versionsOrderByTheirNumbersThenReleasesAfterTheirPreReleases() {
        List<String> sorted = Stream.of("v1.10.0", "1.9", "v2.0.0-rc.2", "v2.0.0", "v2.0.0-rc.10", "v2.0.0-beta", "v1.9.1",
                "2026.11.1", "v0.1").sorted((a, b) -> SemVer.parse(a).orElseThrow().compareTo(SemVer.parse(b).orElseThrow()))
                .toList();
        assertThat(sorted).containsExactly("v0.1", "1.9", "v1.9.1", "v1.10.0", "v2.0.0-beta", "v2.0.0-rc.2", "v2.0.0-rc.10",
                "v2.0.0", "2026.11.1");
    }

    @Test
    void textThatIsNoVersionIsNotOne() {
        assertThat(Stream.of("main", "release-1.2", "v", "1.2.3.4.5", "", "v1.2.x", "1..2")).allSatisfy(t ->
                assertThat(SemVer.parse(t)).as(t).isEmpty());
        assertThat(SemVer.parse("v1.2.3+build.7").orElseThrow()).isEqualTo(SemVer.parse("1.2.3").orElseThrow());
        assertThat(SemVer.parse("1.2").orElseThrow().compareTo(SemVer.parse("1.2.0").orElseThrow())).isZero();
        assertThat(SemVer.parse("v1.3.0-rc.1").orElseThrow().isPreRelease()).isTrue();
        assertThat(SemVer.parse("v1.3.0-rc.1").orElseThrow()).hasToString("1.3.0-rc.1");
    }
}
