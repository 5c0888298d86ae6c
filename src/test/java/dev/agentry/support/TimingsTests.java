package dev.agentry.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimingsTests {

    private static String printed(Timings timings) {
        StringWriter out = new StringWriter();
        timings.print(new PrintWriter(out));
        return out.toString();
    }

    @Test
    void offRecordsAndPrintsNothing() {
        Timings.OFF.mark("render");
        assertThat(Timings.OFF.enabled()).isFalse();
        assertThat(printed(Timings.OFF)).isEmpty();
    }

    @Test
    void aRunFromTheJvmStartHasThatPhaseFirstAndPrintsItsPhasesOnce() {
        Timings timings = Timings.sinceJvmStart();
        timings.mark("catalogue load");
        timings.mark("render");
        String text = printed(timings);
        assertThat(text.lines().map(String::strip).map(l -> l.replaceAll("\\s+\\d+$", "")).toList())
                .containsExactly("timings (ms):", "jvm start to main", "catalogue load", "render", "total");
        assertThat(printed(timings)).isEmpty();
    }

    @Test
    void runsSideBySideRecordOnlyTheirOwnPhases() throws Exception {
        // two commands at once (a fleet, or two shells in one test JVM) each print their own phases
        List<CompletableFuture<String>> runs = new ArrayList<>();
        for (String name : List.of("first", "second")) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                Timings timings = Timings.fromNow();
                for (int i = 0; i < 50; i++) {
                    timings.mark(name + " " + i);
                }
                return printed(timings);
            }));
        }
        String first = runs.get(0).get();
        String second = runs.get(1).get();
        assertThat(first).contains("first 49").doesNotContain("second", "jvm start");
        assertThat(second).contains("second 49").doesNotContain("first");
        assertThat(first.lines().filter(l -> l.contains("first ")).count()).isEqualTo(50);
    }
}
