package dev.agentry.safety;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.agentry.Trees;
import dev.agentry.cli.CliHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** No write ever leaves the target, whether through "..", an absolute path or a symbolic link. */
class PathContainmentTests {

    @TempDir
    Path target;

    @TempDir
    Path outside;

    private CliHarness.Run generate() {
        return CliHarness.run("generate", "--target", target.toString(), "--project-type", "backend-api", "--deployment",
                "aws", "--stack", "python-fastapi");
    }

    @Test
    void claudeFolderLinkedOutsideIsRefused() throws Exception {
        Files.createSymbolicLink(target.resolve(".claude"), outside);
        CliHarness.Run run = generate();
        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err()).contains("symbolic link", ".claude", "Nothing was written");
        assertThat(Trees.snapshot(outside)).isEmpty();
        assertThat(Files.exists(target.resolve(".agentry"))).isFalse();
    }

    @Test
    void claudeMdLinkedOutsideIsRefused() throws Exception {
        Path shared = Files.writeString(outside.resolve("CLAUDE.md"), "shared notes\n");
        Files.createSymbolicLink(target.resolve("CLAUDE.md"), shared);
        CliHarness.Run run = generate();
        assertThat(run.code()).isEqualTo(4);
        assertThat(Files.readString(shared)).isEqualTo("shared notes\n");
        assertThat(Files.exists(target.resolve(".claude"))).isFalse();
    }

    @Test
    void agentryFolderLinkedOutsideIsRefused() throws Exception {
        Files.createSymbolicLink(target.resolve(".agentry"), outside);
        CliHarness.Run run = generate();
        assertThat(run.code()).isEqualTo(4);
        assertThat(Trees.snapshot(outside)).isEmpty();
        assertThat(Files.exists(target.resolve(".claude"))).isFalse();
    }

    @Test
    void linkThatStaysInsideTheTargetIsFollowed() throws Exception {
        Files.createDirectories(target.resolve("tools/claude"));
        Files.createSymbolicLink(target.resolve(".claude"), target.resolve("tools/claude"));
        CliHarness.Run run = generate();
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(target.resolve("tools/claude/agents/backend-engineer.md")).exists();
    }

    @Test
    void layerFileLinkedOutsideTheLayerIsNotRead() throws Exception {
        Path layer = Files.createDirectories(outside.resolve("layer/templates"));
        Path secret = Files.writeString(outside.resolve("secret.ftl"), "<#import \"lib/team.ftl\" as t>\n# Role\nXYZZY-SECRET\n");
        Files.createSymbolicLink(layer.resolve("code-reviewer.ftl"), secret);
        Files.writeString(layer.resolve("ok.ftl"), "x");
        CliHarness.Run run = CliHarness.run("generate", "--target", target.toString(), "--scaffolds", layer.getParent().toString(),
                "--project-type", "backend-api", "--deployment", "aws", "--stack", "python-fastapi");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(target.resolve(".claude/agents/code-reviewer.md"))).doesNotContain("XYZZY-SECRET");
    }
}
