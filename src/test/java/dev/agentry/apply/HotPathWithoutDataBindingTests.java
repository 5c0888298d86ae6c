package dev.agentry.apply;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Building a Jackson data-binding mapper costs about 300 ms on a cold JVM, so reading and writing a target's state,
 * answers and journal must not load data binding at all. Checked in a fresh JVM, which logs every class it loads:
 * in this one, other tests have long since built mappers.
 */
class HotPathWithoutDataBindingTests {

    @TempDir
    Path temp;

    @Test
    void stateAnswersJournalAndReportLoadNoDataBinding() throws Exception {
        List<String> loaded = classesLoadedByProbe();
        assertThat(loaded).as("the probe ran").anyMatch(c -> c.equals(StateStore.class.getName()));
        assertThat(loaded).as("streaming is used").anyMatch(c -> c.startsWith("tools.jackson.core."));
        assertThat(loaded).noneMatch(c -> c.startsWith("tools.jackson.databind."));
    }

    /** The check above can fail: reading into a record (data binding) is seen. */
    @Test
    void readingIntoARecordIsSeen() throws Exception {
        assertThat(classesLoadedByProbe("records")).anyMatch(c -> c.equals("tools.jackson.databind.ObjectMapper"));
    }

    private List<String> classesLoadedByProbe(String... args) throws Exception {
        Path log = temp.resolve("classes.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"), HotPathProbe.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).contains("probe done");
        // lines look like: [0.123s][info][class,load] tools.jackson.core.JsonParser source: file:/...
        return Files.readAllLines(log).stream().map(line -> line.replaceFirst("^(\\[[^]]*])+\\s*", ""))
                .map(line -> line.split(" ", 2)[0]).toList();
    }
}
