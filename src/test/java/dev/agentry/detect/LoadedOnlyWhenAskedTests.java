package dev.agentry.detect;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.agentry.AgentryApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Start-up: detection loads only for {@code detect} and {@code --detect}. Checked in a fresh JVM that logs every class
 * it loads, running agentry's own main.
 */
class LoadedOnlyWhenAskedTests {

    @TempDir
    Path temp;

    @Test
    void aGenerateWithoutDetectLoadsNothingOfDetection() throws Exception {
        Path repo = Files.createDirectories(temp.resolve("repo"));
        Files.writeString(repo.resolve("go.mod"), "module x\n");
        List<String> loaded = classesLoadedBy("generate", "--target", repo.toString(), "--project-type", "backend-api", "--stack",
                "go", "--deployment", "aws");
        assertThat(loaded).as("the run happened").contains("dev.agentry.app.Generate");
        assertThat(loaded).noneMatch(c -> c.startsWith("dev.agentry.detect."))
                .noneMatch(c -> c.startsWith("tools.jackson.dataformat.toml."))
                .noneMatch(c -> c.startsWith("javax.xml.stream."));
    }

    /** The check above can fail: the same run with --detect loads detection. */
    @Test
    void generateWithDetectLoadsIt() throws Exception {
        Path repo = Files.createDirectories(temp.resolve("repo"));
        Files.writeString(repo.resolve("go.mod"), "module x\n");
        assertThat(classesLoadedBy("generate", "--target", repo.toString(), "--detect", "--deployment", "aws"))
                .contains(Detector.class.getName());
    }

    private List<String> classesLoadedBy(String... args) throws Exception {
        Path log = temp.resolve("classes.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                AgentryApplication.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        // lines look like: [0.123s][info][class,load] dev.agentry.app.Generate source: file:/...
        return Files.readAllLines(log).stream().map(line -> line.replaceFirst("^(\\[[^]]*])+\\s*", ""))
                .map(line -> line.split(" ", 2)[0]).toList();
    }
}
