package dev.agentry.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.agentry.catalog.CatalogLoader;
import dev.agentry.catalog.Stack;
import dev.agentry.dist.Processes.Run;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive's bin/install, run on an unpacked, read-only distribution with a fresh HOME: it links the command and the
 * completion scripts it finds into the user's folders, says what it did, and writes nothing outside the home unasked.
 */
class InstallScriptIT {

    private static final String VERSION = DistributionIT.VERSION;

    @TempDir
    Path root;
    /** One cache folder for the class: the install's closing check trains the start-up archive only once. */
    @TempDir
    static Path cache;
    private Path dist;
    private Path home;
    private Map<String, String> env;

    @BeforeEach
    void unpack() throws IOException {
        Path archive = Path.of(System.getProperty("agentry.distributions", "target/distributions"))
                .resolve("agentry-" + VERSION + ".tar.gz");
        Path into = Files.createDirectories(root.resolve("opt"));
        Processes.plain(into, "tar", "-xzf", archive.toAbsolutePath().toString());
        dist = into.resolve("agentry-" + VERSION);
        // beside the build's completion scripts, a file that is none
        Files.writeString(dist.resolve("completions/notes.txt"), "not a completion script\n");
        DistributionIT.setWritable(into, false);
        home = Files.createDirectories(root.resolve("home"));
        env = new HashMap<>();
        env.put("HOME", home.toString());
        env.put("PATH", "/usr/bin:/bin");
        env.put("LANG", "C.UTF-8");
        env.put("XDG_CACHE_HOME", cache.toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
    }

    @AfterEach
    void writable() throws IOException {
        DistributionIT.setWritable(root.resolve("opt"), true);
    }

    private Run install(String... args) {
        return Processes.shell(root.resolve("logs"), root, env, dist.resolve("bin/install").toString(), args);
    }

    @Test
    void linksTheCommandAndTheCompletionsAndSaysWhatItDid() throws IOException {
        Run run = install();
        assertThat(run.code()).as(run.describe()).isZero();
        Path command = home.resolve(".local/bin/agentry");
        Path bash = home.resolve(".local/share/bash-completion/completions/agentry");
        Path zsh = home.resolve(".local/share/zsh/site-functions/_agentry");
        Path fish = home.resolve(".config/fish/completions/agentry.fish");
        assertThat(Files.readSymbolicLink(command)).isEqualTo(dist.resolve("bin/agentry"));
        assertThat(Files.readSymbolicLink(bash)).isEqualTo(dist.resolve("completions/agentry.bash"));
        assertThat(Files.readSymbolicLink(zsh)).isEqualTo(dist.resolve("completions/_agentry"));
        assertThat(Files.readSymbolicLink(fish)).isEqualTo(dist.resolve("completions/agentry.fish"));
        assertThat(run.out()).contains("agentry " + VERSION + " in " + dist,
                "linked   " + command + " -> " + dist.resolve("bin/agentry") + " (the command)",
                "linked   " + bash + " -> " + dist.resolve("completions/agentry.bash") + " (bash completion)",
                "linked   " + zsh + " -> " + dist.resolve("completions/_agentry") + " (zsh completion)",
                "linked   " + fish + " -> " + dist.resolve("completions/agentry.fish") + " (fish completion)",
                "skipped  " + dist.resolve("completions/notes.txt"),
                "fpath=(" + home.resolve(".local/share/zsh/site-functions") + " $fpath)",
                home.resolve(".local/bin") + " is not on your PATH",
                "export PATH=\"" + home.resolve(".local/bin") + ":$PATH\"",
                "Ready: agentry " + VERSION);
        // what it linked works: bash loads the completion, and the command runs through its link
        Run complete = Processes.shell(root.resolve("logs"), root, env, "bash", "-c", ". \"$1\" && complete -p agentry",
                "bash", bash.toString());
        assertThat(complete.out()).contains("complete -F _agentry agentry");
        env.put("PATH", home.resolve(".local/bin") + ":/usr/bin:/bin");
        Run version = Processes.shell(root.resolve("logs"), root, env, "agentry", "--version");
        assertThat(version.out()).startsWith("agentry " + VERSION);

        Run again = install();
        assertThat(again.code()).as(again.describe()).isZero();
        assertThat(again.out()).contains("kept     " + command + " -> " + dist.resolve("bin/agentry") + " (the command, already linked)")
                .doesNotContain("is not on your PATH");

        Run uninstall = install("--uninstall");
        assertThat(uninstall.code()).as(uninstall.describe()).isZero();
        assertThat(uninstall.out()).contains("removed  " + command + " (the command)", "removed  " + fish + " (fish completion)");
        assertThat(command).doesNotExist();
        assertThat(bash).doesNotExist();
        assertThat(zsh).doesNotExist();
        assertThat(fish).doesNotExist();
    }

    @Test
    void theLinkedScriptsAreTheInstalledAgentrysAndCompleteThroughIt() throws IOException {
        Run run = install();
        assertThat(run.code()).as(run.describe()).isZero();
        env.put("PATH", home.resolve(".local/bin") + ":/usr/bin:/bin");
        Map<String, Path> linked = Map.of("bash", home.resolve(".local/share/bash-completion/completions/agentry"),
                "zsh", home.resolve(".local/share/zsh/site-functions/_agentry"), "fish", home.resolve(".config/fish/completions/agentry.fish"));
        for (Map.Entry<String, Path> script : linked.entrySet()) {
            Run printed = Processes.shell(root.resolve("logs"), root, env, "agentry", "completion", script.getKey());
            assertThat(printed.code()).as(printed.describe()).isZero();
            assertThat(Files.readString(script.getValue())).as(script.getKey()).isEqualTo(printed.out());
        }
        // bash: the stacks of the type on the line, which the script asks of the installed agentry, through its link
        Run stacks = Processes.shell(root.resolve("logs"), root, env, "bash", "-c", """
                . "$1" && COMP_WORDS=(agentry generate --project-type backend-api --stack '') && COMP_CWORD=5 && _agentry \
                  && printf '%s\\n' "${COMPREPLY[@]}"
                """, "bash", linked.get("bash").toString());
        assertThat(stacks.out().lines().toList()).as(stacks.describe()).containsExactlyElementsOf(
                new CatalogLoader().load(List.of()).stacksFor("backend-api").stream().map(Stack::id).toList());
        // bash-completion's loader finds the script where the install linked it
        Path loader = Path.of("/usr/share/bash-completion/bash_completion");
        if (Files.isRegularFile(loader)) {
            Run loaded = Processes.shell(root.resolve("logs"), root, env, "bash", "-c", ". \"$1\" && __load_completion agentry"
                    + " && complete -p agentry", "bash", loader.toString());
            assertThat(loaded.out().strip()).as(loaded.describe()).isEqualTo("complete -F _agentry agentry");
            assertThat(run.out()).doesNotContain("bash-completion package");
        }
        else {
            assertThat(run.out()).contains("bash: the bash-completion package", "  . " + linked.get("bash"));
        }
        // zsh finds _agentry in the folder the install names for fpath; fish reads its completions folder by itself
        if (Processes.which("zsh") != null) {
            Run zsh = Processes.shell(root.resolve("logs"), root, env, "zsh", "-f", "-c",
                    "fpath=($1 $fpath); autoload -Uz compinit; compinit -u -D; print -r -- $_comps[agentry]", "zsh",
                    home.resolve(".local/share/zsh/site-functions").toString());
            assertThat(zsh.out().strip()).as(zsh.describe()).isEqualTo("_agentry");
        }
        if (Processes.which("fish") != null) {
            Run fish = Processes.shell(root.resolve("logs"), root, env, "fish", "-c", "complete -C 'agentry gen'");
            assertThat(fish.out()).as(fish.describe()).startsWith("generate\t");
        }
    }

    @Test
    void aLinkToAnotherAgentryIsReplacedAndSaid() throws IOException {
        Path command = Files.createDirectories(home.resolve(".local/bin")).resolve("agentry");
        Files.createSymbolicLink(command, root.resolve("old/bin/agentry"));
        Run run = install();
        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(run.out()).contains("replaced " + command + " -> " + dist.resolve("bin/agentry") + " (the command; it led to "
                + root.resolve("old/bin/agentry") + ")");
        assertThat(Files.readSymbolicLink(command)).isEqualTo(dist.resolve("bin/agentry"));
    }

    @Test
    void aFileThatIsNotALinkIsNeverReplacedAndNothingIsChanged() throws IOException {
        Path mine = Files.createDirectories(home.resolve(".local/bin")).resolve("agentry");
        Files.writeString(mine, "#!/bin/sh\necho my own agentry\n");
        Run run = install();
        assertThat(run.code()).as(run.describe()).isEqualTo(4);
        assertThat(run.err()).contains("these files are in the way and are not links, so nothing was changed:", mine.toString());
        assertThat(Files.readString(mine)).isEqualTo("#!/bin/sh\necho my own agentry\n");
        assertThat(home.resolve(".local/share")).doesNotExist();
        assertThat(home.resolve(".config")).doesNotExist();
    }

    @Test
    void aFolderOutsideTheHomeIsUsedOnlyWhenConfirmed() throws IOException {
        Path outside = root.resolve("usr-local-bin");
        Run refused = install("--bin-dir", outside.toString());
        assertThat(refused.code()).as(refused.describe()).isEqualTo(4);
        assertThat(refused.out()).contains("These are outside your home (" + home + "):", outside.resolve("agentry") + " (the command)");
        assertThat(refused.err()).contains("not writing outside your home without a confirmation");
        assertThat(outside).doesNotExist();
        assertThat(home.resolve(".local")).doesNotExist();

        Run confirmed = install("--bin-dir", outside.toString(), "--yes");
        assertThat(confirmed.code()).as(confirmed.describe()).isZero();
        assertThat(Files.readSymbolicLink(outside.resolve("agentry"))).isEqualTo(dist.resolve("bin/agentry"));
    }

    @Test
    void withoutCompletionScriptsItLinksTheCommandAndSaysSo() throws IOException {
        DistributionIT.setWritable(dist.resolve("completions"), true);
        try (var scripts = Files.list(dist.resolve("completions"))) {
            for (Path script : scripts.toList()) {
                Files.delete(script);
            }
        }
        Run run = install();
        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(run.out()).contains("linked   " + home.resolve(".local/bin/agentry"),
                "No completion scripts in " + dist.resolve("completions") + ": none were installed.")
                .doesNotContain("completion)", "fpath");
        assertThat(home.resolve(".local/share")).doesNotExist();
    }

    @Test
    void unknownOptionsAreUsageErrors() {
        Run run = install("--prefix", "/usr");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("install: unknown option '--prefix'.", "Usage: install");
        assertThat(home.resolve(".local")).doesNotExist();
    }
}
