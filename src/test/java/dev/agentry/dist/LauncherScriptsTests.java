package dev.agentry.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.agentry.dist.Processes.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The launchers and the install script as source: POSIX sh that dash parses and shellcheck passes, nothing of bash or
 * util-linux; and a Windows launcher that is well formed as far as can be checked without Windows.
 */
class LauncherScriptsTests {

    private static final List<Path> POSIX_SCRIPTS = List.of(Path.of("src/dist/bin/agentry"), Path.of("src/dist/bin/install"),
            Path.of("agentry"));
    private static final Path CMD = Path.of("src/dist/bin/agentry.cmd");

    @TempDir
    Path logs;

    @Test
    void posixScriptsParseInDash() {
        Path dash = Processes.which("dash");
        assumeThat(dash).as("dash, Debian's /bin/sh").isNotNull();
        for (Path script : POSIX_SCRIPTS) {
            Run run = Processes.run(logs, Path.of("."), Map.of("PATH", "/usr/bin:/bin"), List.of(dash.toString(), "-n",
                    script.toString()));
            assertThat(run.code()).as(script + ": " + run.err()).isZero();
        }
    }

    @Test
    void posixScriptsPassShellcheckAsSh() {
        Path shellcheck = Processes.which("shellcheck");
        assumeThat(shellcheck).as("shellcheck (Debian's package)").isNotNull();
        List<String> argv = new ArrayList<>(List.of(shellcheck.toString(), "-s", "sh"));
        POSIX_SCRIPTS.forEach(script -> argv.add(script.toString()));
        Run run = Processes.run(logs, Path.of("."), Map.of("PATH", "/usr/bin:/bin"), argv);
        assertThat(run.code()).as(run.out()).isZero();
    }

    @Test
    void posixScriptsUseNoBashUtilLinuxOrGnuOnlyFeature() throws IOException {
        // each of these is missing from macOS's /bin/sh or tools, or from POSIX
        Map<String, String> texts = Map.ofEntries(Map.entry("readlink -f", "GNU readlink"), Map.entry("[[", "bash"),
                Map.entry("$'", "bash"), Map.entry("BASH_SOURCE", "bash"), Map.entry("pipefail", "bash"),
                Map.entry("-quit", "GNU find"), Map.entry("sed -i", "GNU sed"), Map.entry(" -nt ", "not POSIX before 2024"),
                Map.entry("<<<", "bash"), Map.entry("${!", "bash"), Map.entry("=~", "bash"));
        Map<String, String> commands = Map.ofEntries(Map.entry("flock", "util-linux"), Map.entry("script", "util-linux"),
                Map.entry("mktemp", "not POSIX"), Map.entry("timeout", "coreutils"), Map.entry("local", "not POSIX"),
                Map.entry("declare", "bash"), Map.entry("realpath", "coreutils"), Map.entry("seq", "not POSIX"),
                Map.entry("stat", "not POSIX"), Map.entry("source", "bash"), Map.entry("function", "bash"));
        for (Path script : POSIX_SCRIPTS) {
            List<String> lines = Files.readAllLines(script);
            assertThat(lines.get(0)).as(script + " runs with sh").isEqualTo("#!/bin/sh");
            for (int i = 1; i < lines.size(); i++) {
                String code = lines.get(i).strip();
                if (code.startsWith("#")) {
                    continue;
                }
                String where = script + ":" + (i + 1) + ": " + code;
                texts.forEach((text, why) -> assertThat(code).as(where + " uses " + text + " (" + why + ")").doesNotContain(text));
                commands.forEach((command, why) -> assertThat(code).as(where + " runs " + command + " (" + why + ")")
                        .doesNotContainPattern("(?:^|[;&|({]|\\$\\(|\\b(?:then|do|else|exec|if|while|until)\\s)\\s*"
                                + command + "(?:\\s|$)"));
            }
        }
    }

    @Test
    void bothLaunchersStartTheJvmWithTheSameFlags() throws IOException {
        Matcher sh = Pattern.compile("(?m)^jvm_opts='([^']*)'$").matcher(Files.readString(POSIX_SCRIPTS.get(0)));
        Matcher cmd = Pattern.compile("(?m)^set JVM_OPTS=(.*)$").matcher(Files.readString(CMD));
        assertThat(sh.find()).isTrue();
        assertThat(cmd.find()).isTrue();
        assertThat(cmd.group(1).strip()).isEqualTo(sh.group(1));
        assertThat(Files.readString(POSIX_SCRIPTS.get(0))).contains(
                "if [ \"$java_feature\" -ge 24 ]; then jvm_opts=\"$jvm_opts --enable-native-access=ALL-UNNAMED\"; fi");
        assertThat(Files.readString(CMD)).contains(
                "if %FEATURE% GEQ 24 set \"JVM_OPTS=%JVM_OPTS% --enable-native-access=ALL-UNNAMED\"");
        String launcher = Files.readString(CMD);
        assertThat(launcher).contains("dev.agentry.cli.InitRehearsal", "-XX:ArchiveClassesAtExit=", "-XX:AOTCacheOutput=",
                "-XX:SharedArchiveFile=", "-XX:AOTCache=", "%LOCALAPPDATA%\\agentry");
    }

    /** Labels, parentheses and variables: what cmd.exe would trip over, checked without it. */
    @Test
    void windowsLauncherIsWellFormed() throws IOException {
        List<String> lines = Files.readAllLines(CMD);
        assertThat(lines.get(0)).isEqualTo("@echo off");
        Set<String> labels = new HashSet<>();
        Set<String> assigned = new HashSet<>(Set.of("JAVA_HOME", "LOCALAPPDATA", "AGENTRY_CACHE_DIR", "AGENTRY_JAVA_OPTS",
                "PATH", "RANDOM", "TIME", "ERRORLEVEL"));
        Pattern set = Pattern.compile("(?i)\\bset \"?([A-Z_][A-Z0-9_]*)=");
        for (String line : lines) {
            if (line.startsWith(":") && !line.startsWith("::")) {
                labels.add(line.substring(1).strip().toLowerCase());
            }
            Matcher m = set.matcher(line);
            while (m.find()) {
                assigned.add(m.group(1).toUpperCase());
            }
        }
        assertThat(String.join("\n", lines)).as("delayed expansion would mangle arguments holding '!'")
                .containsIgnoringCase("DisableDelayedExpansion").doesNotContainIgnoringCase("EnableDelayedExpansion");
        Pattern jump = Pattern.compile("(?i)\\b(?:goto|call) :([A-Za-z_][A-Za-z0-9_]*)");
        Pattern variable = Pattern.compile("%([A-Za-z_][A-Za-z0-9_]*)(?::[^%]*)?%");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = CMD + ":" + (i + 1) + ": " + line;
            if (line.strip().toLowerCase().startsWith("rem ") || line.strip().equalsIgnoreCase("rem")) {
                continue;
            }
            Matcher target = jump.matcher(line);
            while (target.find()) {
                assertThat(labels).as(where + " jumps to a label that exists").contains(target.group(1).toLowerCase());
            }
            // no parenthesised block spans lines, so every line balances its parentheses (outside quotes)
            int depth = 0;
            boolean quoted = false;
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                }
                else if (!quoted && c == '(') {
                    depth++;
                }
                else if (!quoted && c == ')') {
                    depth--;
                }
                assertThat(depth).as(where + " closes no parenthesis it did not open").isGreaterThanOrEqualTo(0);
            }
            assertThat(depth).as(where + " balances its parentheses").isZero();
            assertThat(quoted).as(where + " closes its quotes").isFalse();
            // a variable cmd does not know expands to nothing, silently: each one used is set somewhere
            Matcher use = variable.matcher(line.replaceAll("%%~?[a-zA-Z$:]*[a-zA-Z]", "").replace("%~dp0", "").replace("%*", "")
                    .replace("%~1", ""));
            while (use.find()) {
                assertThat(assigned).as(where + " uses %" + use.group(1) + "%, which is set").contains(use.group(1).toUpperCase());
            }
        }
    }
}
