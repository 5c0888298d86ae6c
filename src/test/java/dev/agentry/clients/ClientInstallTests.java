package dev.agentry.clients;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ClientInstallTests {

    private static final Map<String, ClientInstall.Pin> PINS = Map.of("gemini",
            new ClientInstall.Pin("gemini", "gemini", List.of("@google/gemini-cli@0.61.0")));

    @TempDir
    Path dir;

    @Test
    void everyClientOfTheAcceptanceTestsIsPinnedAtAnExactVersion() {
        Map<String, ClientInstall.Pin> pins = ClientInstall.readPins(Path.of(ClientInstall.PINS));
        assertThat(pins.keySet()).containsExactlyInAnyOrder("claude", "copilot", "gemini", "codex", "opencode", "qwen", "kilo", "droid");
        pins.values().forEach(pin -> assertThat(pin.packages()).allMatch(p -> p.matches("(@[a-z0-9-]+/)?[a-z0-9-]+@\\d+\\.\\d+\\.\\d+")));
    }

    @Test
    void aMissingClientFailsWithHowToInstallOrSkipIt() {
        String problem = ClientInstall.of(dir, PINS, "", "").problem("gemini").orElseThrow();
        assertThat(problem).startsWith("gemini is not installed: no " + dir.resolve("gemini/node_modules/.bin/gemini"))
                .contains("`.ci/install-clients " + dir + "`", "-Dagentry.clients.dir=DIR", "-Dagentry.clients.skip=gemini");
    }

    @Test
    void aClientAtAnotherVersionFailsNamingBoth() throws Exception {
        install("0.60.1");
        assertThat(ClientInstall.of(dir, PINS, "", "").problem("gemini")).hasValueSatisfying(problem -> assertThat(problem)
                .contains("with @google/gemini-cli 0.60.1, not the pinned 0.61.0", ".ci/install-clients"));
    }

    @Test
    void aClientAtItsPinnedVersionCanRun() throws Exception {
        install("0.61.0");
        assertThat(ClientInstall.of(dir, PINS, "", "").problem("gemini")).isEmpty();
    }

    @Test
    void clientsAreSelectedAndSkippedByTheirProperties() {
        assertThat(ClientInstall.of(dir, PINS, "", "").selects("gemini")).isTrue();
        assertThat(ClientInstall.of(dir, PINS, "true", "").selects("gemini")).isFalse();
        assertThat(ClientInstall.of(dir, PINS, "all", "").selects("gemini")).isFalse();
        assertThat(ClientInstall.of(dir, PINS, "codex, gemini", "").selects("gemini")).isFalse();
        assertThat(ClientInstall.of(dir, PINS, "codex", "").selects("gemini")).isTrue();
        assertThat(ClientInstall.of(dir, PINS, "", "claude").selects("gemini")).isFalse();
        assertThat(ClientInstall.of(dir, PINS, "", "claude,gemini").selects("gemini")).isTrue();
    }

    private void install(String version) throws Exception {
        Path command = Files.createDirectories(dir.resolve("gemini/node_modules/.bin")).resolve("gemini");
        Files.writeString(command, "#!/bin/sh\n");
        command.toFile().setExecutable(true);
        Path pkg = Files.createDirectories(dir.resolve("gemini/node_modules/@google/gemini-cli")).resolve("package.json");
        Files.writeString(pkg, "{\"name\": \"@google/gemini-cli\", \"version\": \"" + version + "\"}");
    }
}
