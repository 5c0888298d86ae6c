package dev.agentry.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.agentry.Trees;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The interactive shell of the packaged jar, and init inside it, driven in tmux as a person would: every outcome of
 * the wizard gives the prompt back, Ctrl-C clears a line, quoting is a POSIX shell's, errors are agentry's own. Each
 * run has a fresh HOME, so no history leaks in or out. Needs tmux; {@code -Dagentry.skipTmux=true} skips it.
 */
class ShellIT {

    @TempDir
    Path work;

    private Path cwd;
    private Path home;
    private Tmux tmux;

    @BeforeAll
    static void needsTmux() {
        if (Boolean.getBoolean("agentry.skipTmux")) {
            Assumptions.abort("skipped with -Dagentry.skipTmux=true");
        }
        if (!Tmux.available()) {
            fail("tmux is not installed, and the shell's end-to-end tests need it: install it (apt-get install tmux; .ci/run does)"
                    + " or skip these tests with -Dagentry.skipTmux=true.");
        }
    }

    @BeforeEach
    void folders() throws Exception {
        cwd = Files.createDirectories(work.resolve("cwd"));
        home = Files.createDirectories(work.resolve("home"));
    }

    @AfterEach
    void stop() {
        if (tmux != null) {
            tmux.close();
        }
    }

    private void startShell() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = Path.of(System.getProperty("agentry.jar", "target/agentry.jar")).toAbsolutePath().toString();
        // Java takes its home folder from the system's user database, not from HOME: both are set, and the config folder
        tmux = Tmux.start(cwd, "env -i PATH=\"$PATH\" LANG=C.UTF-8 TERM=xterm-256color HOME='" + home + "' XDG_CONFIG_HOME='"
                + home.resolve(".config") + "' '" + java + "' -Duser.home='" + home + "' -jar '" + jar + "'");
        tmux.await("agentry:>", Duration.ofSeconds(60));
    }

    /** Forgets the screen, runs version and waits for its answer and the next prompt: the shell still sees and shows. */
    private void shellStillWorks() {
        tmux.forget();
        tmux.line("version");
        String screen = tmux.await("agentry 0.");
        assertThat(screen).doesNotContain("EXIT=");
        tmux.forget();
    }

    @Test
    void initInsideTheShellGivesThePromptBackAfterEveryOutcome() throws Exception {
        Path shop = work.resolve("shop");
        startShell();

        // Esc at the first prompt: nothing shown as chosen, nothing written
        tmux.line("init --target " + shop);
        tmux.await("Project name");
        tmux.keys("Escape");
        String screen = tmux.await("Cancelled: nothing was written.");
        assertThat(screen).doesNotContain("? Project name shop");
        shellStillWorks();

        // Ctrl-C on a list: the highlighted item is not shown as chosen
        tmux.line("init --target " + shop);
        tmux.await("Project name");
        tmux.keys("Enter");
        tmux.await("Project type");
        tmux.keys("C-c");
        screen = tmux.await("Cancelled: nothing was written.");
        assertThat(screen).doesNotContain("? Project type Full-Stack Web");
        shellStillWorks();

        // "no" at the confirmation
        enterThroughTheQuestions(shop);
        tmux.type("n");
        tmux.keys("Enter");
        screen = tmux.await("Nothing was written.");
        assertThat(screen).contains("? Write these files? no").doesNotContain("false");
        assertThat(Trees.snapshot(shop)).isEmpty();
        shellStillWorks();

        // Esc at the confirmation
        enterThroughTheQuestions(shop);
        tmux.keys("Escape");
        screen = tmux.await("Cancelled: nothing was written.");
        assertThat(screen).doesNotContain("? Write these files? yes").doesNotContain("? Write these files? true");
        shellStillWorks();

        // finish and write
        enterThroughTheQuestions(shop);
        tmux.keys("Enter");
        screen = tmux.await("Generated");
        assertThat(screen).contains("? Write these files? yes").doesNotContain("true");
        assertThat(shop.resolve(".claude/agents/frontend-engineer.md")).exists();
        shellStillWorks();

        // again, with nothing to change
        tmux.line("init --target " + shop);
        for (String question : new String[] {"Project name", "Project type", "Deployment", "Stack", "Team", "Agent tools"}) {
            tmux.await(question);
            tmux.keys("Enter");
        }
        tmux.await("already up to date");
        shellStillWorks();

        // an error: a broken scaffold layer given on the line, named before the first question
        Path broken = Files.createDirectories(work.resolve("broken"));
        Files.writeString(broken.resolve("stacks.yml"), "stacks: [unclosed\n");
        tmux.forget();
        tmux.line("init --target " + work.resolve("other") + " --scaffolds " + broken);
        assertThat(tmux.await("error:")).doesNotContain("Project name");
        shellStillWorks();

        tmux.line("quit");
        tmux.await("EXIT=0");
    }

    private void enterThroughTheQuestions(Path target) {
        tmux.line("init --target " + target);
        for (String question : new String[] {"Project name", "Project type", "Deployment", "Stack", "Team", "Agent tools"}) {
            tmux.await(question);
            tmux.keys("Enter");
        }
        tmux.await("Write these files?");
    }

    @Test
    void linesAreReadAsAShellReadsThem() throws Exception {
        startShell();

        // Ctrl-C with a half-typed line clears it; the shell goes on
        tmux.type("check --targ");
        tmux.keys("C-c");
        shellStillWorks();

        // quoting: single quotes, double quotes, backslashes
        tmux.line("generate --target 'dir with space' --project-type backend-api --deployment aws --stack go"
                + " --project-name \"Shop API\"");
        tmux.await("Generated Shop API");
        assertThat(cwd.resolve("dir with space/.claude/agents/backend-engineer.md")).exists();
        assertThat(Files.readString(cwd.resolve("dir with space/.agentry/answers.yml"))).contains("project-name: Shop API");
        tmux.forget();
        tmux.line("check --target dir\\ with\\ space");
        tmux.await("In sync");
        tmux.forget();

        // agentry's own messages, as on the command line
        tmux.line("check --bogus");
        tmux.await("Unknown option '--bogus' for 'check'.");
        tmux.forget();
        tmux.line("chek");
        String screen = tmux.await("Unknown command 'chek'. Did you mean 'check'?");
        assertThat(screen).doesNotContain("script").doesNotContain("Available commands");
        tmux.forget();

        // an unclosed quote is an error, not a wait for more input
        tmux.line("check --target 'dir with space");
        tmux.await("unclosed ' quote");
        shellStillWorks();

        // Ctrl-D on an empty line leaves (on a line with text it does not)
        tmux.type("vers");
        tmux.keys("C-d", "C-a", "C-k");
        tmux.keys("C-d");
        tmux.await("EXIT=0");
        assertThat(Files.readString(home.resolve(".config/agentry/history"))).contains("check --bogus");
        assertThat(Trees.snapshot(cwd).keySet()).allMatch(p -> p.startsWith("dir with space/"));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String jar() {
        return Path.of(System.getProperty("agentry.jar", "target/agentry.jar")).toAbsolutePath().toString();
    }

    /**
     * Trial item 10: with only $HOME set (Java's user.home is the system's, not $HOME), a leading ~ is $HOME and the
     * history goes to $HOME/.config/agentry/history.
     */
    @Test
    void theShellsHomeIsHome() throws Exception {
        tmux = Tmux.start(cwd, "env -i PATH=\"$PATH\" LANG=C.UTF-8 TERM=xterm-256color HOME='" + home + "' '" + java()
                + "' -jar '" + jar() + "'");
        tmux.await("agentry:>", Duration.ofSeconds(60));
        tmux.line("check --target ~/nope");
        tmux.await(home + "/nope");
        tmux.forget();
        tmux.line("quit");
        tmux.await("EXIT=0");
        assertThat(Files.readString(home.resolve(".config/agentry/history"))).contains("check --target ~/nope");
    }

    /** Trial item 16: init run from a subfolder of a repository says which folder it works in, before any question. */
    @Test
    void initFromASubfolderSaysWhereItWorks() throws Exception {
        Path repo = cwd;
        Files.createDirectories(repo.resolve(".git"));
        Path deep = Files.createDirectories(repo.resolve("src/deep"));
        tmux = Tmux.start(deep, "env -i PATH=\"$PATH\" LANG=C.UTF-8 TERM=xterm-256color HOME='" + home + "' '" + java()
                + "' -jar '" + jar() + "' init");
        String screen = tmux.await("Project name", Duration.ofSeconds(60));
        assertThat(screen).contains("note: working in " + repo + ": the top of the git repository");
        tmux.keys("C-c");
        tmux.await("EXIT=130");
        assertThat(Trees.snapshot(repo).keySet()).allMatch(p -> p.startsWith(".git") || p.startsWith("src/"));
    }

    /**
     * Trial item 22: a shell reading its lines from a pipe runs every line (as sh runs a script) and exits with the code
     * of the last line that failed, 0 when none did.
     */
    @Test
    void aShellFedFromAPipeExitsWithTheLastFailingLinesCode() throws Exception {
        assertThat(piped("version\ncheck --bogus\nversion\n")).isEqualTo(2);
        assertThat(piped("check --bogus\ncheck --target " + cwd.resolve("none") + "\nversion\n")).isEqualTo(2);
        assertThat(piped("version\nhelp\n")).isZero();
        assertThat(piped("generate --target " + cwd.resolve("t") + " --project-type backend-api --deployment aws --stack go\n"
                + "check --target " + cwd.resolve("t") + "\n")).isZero();
    }

    private int piped(String lines) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(java(), "-jar", jar()).directory(cwd.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("HOME", home.toString());
        Process process = builder.start();
        try (var in = process.getOutputStream()) {
            in.write(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
