package dev.agentry.safety;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import dev.agentry.cli.CliHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What agentry does not own stays as it was when agentry writes next to it: line endings, a byte order mark, a missing
 * final line break, file modes and symbolic links, in CLAUDE.md, AGENTS.md and the agent files it merges.
 */
class UserFilesKeptTests {

    @TempDir
    Path target;

    private static final String REVIEWER = ".claude/agents/code-reviewer.md";

    private CliHarness.Run generate(String... extra) {
        String[] base = {"generate", "--target", target.toString(), "--project-type", "backend-api", "--deployment", "aws",
                "--stack", "go"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliHarness.run(args);
    }

    /** An update whose render changes every file (the deployment agent is named in each). */
    private CliHarness.Run changeDeployment() {
        return CliHarness.run("update", "--target", target.toString(), "--deployment", "gcp");
    }

    private CliHarness.Run check() {
        return CliHarness.run("check", "--target", target.toString());
    }

    private String bytes(String path) throws Exception {
        return new String(Files.readAllBytes(target.resolve(path)), StandardCharsets.UTF_8);
    }

    private void write(String path, String text) throws Exception {
        Files.createDirectories(target.resolve(path).getParent());
        Files.write(target.resolve(path), text.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean hasBareLf(String text) {
        return text.replace("\r\n", "").indexOf('\n') >= 0;
    }

    @Test
    void crlfTextAroundTheClaudeMdBlockStaysByteIdenticalAndTheBlockUsesCrlfToo() throws Exception {
        String mine = "# Our notes\r\n\r\nKeep this line.\r\n";
        write("CLAUDE.md", mine);
        assertThat(generate().code()).isZero();
        String written = bytes("CLAUDE.md");
        assertThat(written).startsWith(mine + "\r\n<!-- BEGIN agentry team");
        assertThat(hasBareLf(written)).as("a bare LF in %s", written).isFalse();
        assertThat(check().code()).isZero();

        write("CLAUDE.md", bytes("CLAUDE.md") + "\r\nAfter the block.\r\n");
        assertThat(changeDeployment().code()).isZero();
        String updated = bytes("CLAUDE.md");
        assertThat(updated).startsWith(mine).endsWith("<!-- END agentry team -->\r\n\r\nAfter the block.\r\n")
                .contains("gcp-deployment-engineer");
        assertThat(hasBareLf(updated)).isFalse();
        assertThat(check().code()).isZero();

        assertThat(CliHarness.run("remove", "--target", target.toString()).code()).isZero();
        assertThat(bytes("CLAUDE.md")).isEqualTo(mine + "\r\nAfter the block.\r\n");
    }

    @Test
    void aByteOrderMarkAndAMissingFinalLineBreakAreKeptThroughGenerateUpdateAndRemove() throws Exception {
        String mine = "\uFEFF# Our notes\nno final line break";
        write("CLAUDE.md", mine);
        assertThat(generate().code()).isZero();
        String written = bytes("CLAUDE.md");
        assertThat(written).startsWith(mine + "\n\n<!-- BEGIN agentry team").endsWith("<!-- END agentry team -->");
        assertThat(changeDeployment().code()).isZero();
        assertThat(bytes("CLAUDE.md")).startsWith(mine + "\n\n<!-- BEGIN").endsWith("<!-- END agentry team -->")
                .contains("gcp-deployment-engineer");
        assertThat(check().code()).isZero();
        assertThat(CliHarness.run("remove", "--target", target.toString()).code()).isZero();
        assertThat(bytes("CLAUDE.md")).isEqualTo(mine);
    }

    @Test
    void textAfterTheBlockWithoutAFinalLineBreakIsKept() throws Exception {
        assertThat(generate().code()).isZero();
        write("CLAUDE.md", bytes("CLAUDE.md") + "\nmy closing words");
        assertThat(changeDeployment().code()).isZero();
        assertThat(bytes("CLAUDE.md")).endsWith("<!-- END agentry team -->\n\nmy closing words").contains("gcp-deployment");
    }

    @Test
    void agentsMdKeepsItsCrlfAndItsByteOrderMark() throws Exception {
        String mine = "\uFEFF# Agents\r\n\r\nHouse rules.\r\n";
        write("AGENTS.md", mine);
        assertThat(generate("--targets", "claude,agents-md").code()).isZero();
        assertThat(bytes("AGENTS.md")).startsWith(mine + "\r\n<!-- BEGIN agentry");
        assertThat(hasBareLf(bytes("AGENTS.md"))).isFalse();
        assertThat(changeDeployment().code()).isZero();
        assertThat(bytes("AGENTS.md")).startsWith(mine).contains("gcp-deployment-engineer");
        assertThat(hasBareLf(bytes("AGENTS.md"))).isFalse();
    }

    @Test
    void aCrlfAgentFileTheUserEditedStaysCrlfWhenItIsMerged() throws Exception {
        assertThat(generate().code()).isZero();
        String edited = bytes(REVIEWER).replace("# Core Responsibilities", "# Core Responsibilities (ours)")
                .replace("\n", "\r\n");
        write(REVIEWER, edited);
        assertThat(check().code()).isEqualTo(0);
        CliHarness.Run update = changeDeployment();
        assertThat(update.code()).isZero();
        assertThat(update.out()).contains("merge", REVIEWER);
        String merged = bytes(REVIEWER);
        assertThat(merged).contains("# Core Responsibilities (ours)\r\n", "gcp-deployment-engineer");
        assertThat(hasBareLf(merged)).as("a bare LF in the merged file").isFalse();
    }

    @Test
    void anUneditedCrlfAgentFileStaysCrlfWhenItIsRegenerated() throws Exception {
        assertThat(generate().code()).isZero();
        write(REVIEWER, bytes(REVIEWER).replace("\n", "\r\n"));
        assertThat(changeDeployment().code()).isZero();
        assertThat(bytes(REVIEWER)).contains("gcp-deployment-engineer");
        assertThat(hasBareLf(bytes(REVIEWER))).isFalse();
    }

    @Test
    void aRewrittenFileKeepsItsMode() throws Exception {
        write("CLAUDE.md", "# Notes\n");
        Files.setPosixFilePermissions(target.resolve("CLAUDE.md"), PosixFilePermissions.fromString("rw-------"));
        assertThat(generate().code()).isZero();
        assertThat(mode("CLAUDE.md")).isEqualTo("rw-------");
        Files.setPosixFilePermissions(target.resolve(REVIEWER), PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(target.resolve(".agentry/answers.yml"), PosixFilePermissions.fromString("rw-rw----"));
        assertThat(changeDeployment().code()).isZero();
        assertThat(bytes(REVIEWER)).contains("gcp-deployment-engineer");
        assertThat(mode(REVIEWER)).isEqualTo("r--r--r--");
        assertThat(mode("CLAUDE.md")).isEqualTo("rw-------");
        assertThat(mode(".agentry/answers.yml")).isEqualTo("rw-rw----");
    }

    private String mode(String path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(target.resolve(path)));
    }

    @Test
    void aManagedFileLinkedToAFileInsideTheRepositoryIsWrittenThroughAndStaysALink() throws Exception {
        write("docs/CLAUDE.md", "# Shared notes\n");
        Files.createSymbolicLink(target.resolve("CLAUDE.md"), Path.of("docs/CLAUDE.md"));
        assertThat(generate().code()).isZero();
        assertThat(Files.isSymbolicLink(target.resolve("CLAUDE.md"))).isTrue();
        assertThat(bytes("docs/CLAUDE.md")).startsWith("# Shared notes\n\n<!-- BEGIN agentry team");

        Path shared = target.resolve("shared/reviewer.md");
        Files.createDirectories(shared.getParent());
        Files.move(target.resolve(REVIEWER), shared);
        Files.createSymbolicLink(target.resolve(REVIEWER), shared);
        assertThat(changeDeployment().code()).isZero();
        assertThat(Files.isSymbolicLink(target.resolve(REVIEWER))).isTrue();
        assertThat(Files.isSymbolicLink(target.resolve("CLAUDE.md"))).isTrue();
        assertThat(Files.readString(shared)).contains("gcp-deployment-engineer");
        assertThat(bytes("docs/CLAUDE.md")).contains("gcp-deployment-engineer");
        assertThat(check().code()).isZero();
    }

    @Test
    void claudeMdLinkedToAgentsMdIsRefusedWhenAgentryManagesBoth() throws Exception {
        write("AGENTS.md", "# Rules\n");
        Files.createSymbolicLink(target.resolve("CLAUDE.md"), Path.of("AGENTS.md"));
        CliHarness.Run run = generate("--targets", "claude,agents-md");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Cannot write both CLAUDE.md and AGENTS.md", "one file (AGENTS.md)", "--targets",
                "Nothing was written");
        assertThat(bytes("AGENTS.md")).isEqualTo("# Rules\n");
        assertThat(target.resolve(".agentry/state.json")).doesNotExist();

        assertThat(generate("--targets", "claude").code()).isZero();
        assertThat(Files.isSymbolicLink(target.resolve("CLAUDE.md"))).isTrue();
        assertThat(bytes("AGENTS.md")).startsWith("# Rules\n\n<!-- BEGIN agentry team");
    }

    @Test
    void conflictMarkersInACrlfFileAreCrlfToo() throws Exception {
        assertThat(generate().code()).isZero();
        write(REVIEWER, bytes(REVIEWER).replace("AWS Deployment Engineer", "Our Release Person").replace("\n", "\r\n"));
        CliHarness.Run update = changeDeployment();
        assertThat(update.code()).isEqualTo(3);
        String conflicted = bytes(REVIEWER);
        assertThat(conflicted).contains("<<<<<<< yours\r\n", "=======\r\n", ">>>>>>> agentry\r\n", "Our Release Person");
        assertThat(hasBareLf(conflicted)).isFalse();
    }

    @Test
    void aRejFileBesideACrlfFileIsCrlf() throws Exception {
        assertThat(generate().code()).isZero();
        write(REVIEWER, bytes(REVIEWER).replace("AWS Deployment Engineer", "Our Release Person").replace("\n", "\r\n"));
        CliHarness.Run update = CliHarness.run("update", "--target", target.toString(), "--deployment", "gcp", "--conflict",
                "rej");
        assertThat(update.code()).isEqualTo(3);
        assertThat(bytes(REVIEWER)).contains("Our Release Person");
        assertThat(hasBareLf(bytes(REVIEWER))).isFalse();
        assertThat(bytes(REVIEWER + ".rej")).contains("gcp-deployment-engineer");
        assertThat(hasBareLf(bytes(REVIEWER + ".rej"))).isFalse();
    }
}
