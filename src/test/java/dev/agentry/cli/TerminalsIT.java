package dev.agentry.cli;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Colors and help's width follow stdout, not stdin: the packaged jar run in a 120-column tmux pane with stdin piped
 * (colors on, help as wide as the pane), then with stdout piped (no colors, 80 columns). Needs tmux, as ShellIT.
 */
class TerminalsIT {

    private static final String BOLD_NOTHING = "\u001b[1mNothing detected";

    @TempDir
    Path cwd;

    private Tmux tmux;

    @BeforeAll
    static void needsTmux() {
        if (Boolean.getBoolean("agentry.skipTmux")) {
            Assumptions.abort("skipped with -Dagentry.skipTmux=true");
        }
        if (!Tmux.available()) {
            fail("tmux is not installed: install it (apt-get install tmux) or skip with -Dagentry.skipTmux=true.");
        }
    }

    @AfterEach
    void stop() {
        if (tmux != null) {
            tmux.close();
        }
    }

    private String run(String commands) {
        tmux = Tmux.start(cwd, "env -i PATH=\"$PATH\" LANG=C.UTF-8 TERM=xterm-256color HOME='" + cwd + "' sh -c '"
                + commands + "'");
        tmux.await("EXIT=0", java.time.Duration.ofSeconds(60));
        return tmux.styledScreen();
    }

    private static String agentry() {
        return "\"" + Path.of(System.getProperty("java.home"), "bin", "java") + "\" -jar \""
                + Path.of(System.getProperty("agentry.jar", "target/agentry.jar")).toAbsolutePath() + "\"";
    }

    /** What the screen shows after the HELP marker: the help's text (detect's line holds the long temporary path). */
    private static String help(String screen) {
        java.util.regex.Matcher marker = java.util.regex.Pattern.compile("(?m)HELP\\s*$").matcher(screen);
        assertThat(marker.find()).as("the HELP marker on the screen:\n%s", screen).isTrue();
        return screen.substring(marker.end());
    }

    private static int widest(String text) {
        return Arrays.stream(text.split("\n")).map(line -> line.replaceAll("\u001b\\[[0-9;]*m", ""))
                .mapToInt(String::length).max().orElse(0);
    }

    @Test
    void stdoutOnATerminalWithStdinPipedHasColorsAndTheTerminalsWidth() {
        String screen = run("echo | " + agentry() + " detect --target .; echo HELP; echo | " + agentry() + " help generate");
        assertThat(screen).contains(BOLD_NOTHING);
        assertThat(widest(help(screen))).isGreaterThan(80);
    }

    @Test
    void stdoutPipedWithStdinOnATerminalHasNoColorsAndEightyColumns() {
        String screen = run(agentry() + " detect --target . | cat; echo HELP; " + agentry() + " help generate | cat");
        assertThat(screen).contains("Nothing detected").doesNotContain(BOLD_NOTHING).doesNotContain("\u001b[2m");
        assertThat(widest(help(screen))).isLessThanOrEqualTo(80);
    }
}
