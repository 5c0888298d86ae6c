package dev.agentry.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.agentry.cli.CliHarness;
import dev.agentry.cli.CliHarness.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A repository with hand-written agents taken through agentry's whole life on the command line, with the built-in
 * scaffolds: adopt, edit, update with another stack (the user's text merged three-way), check, remove.
 */
class AdoptLifecycleScenarioTests {

    private static final String BACKEND = ".claude/agents/backend-engineer.md";
    private static final String REVIEWER = ".claude/agents/code-reviewer.md";
    private static final String CAPTAIN = ".claude/agents/release-captain.md";
    private static final String TEAM = "--project-type backend-api --deployment fly-io --project-name shop";

    /** A reviewer that shares nothing with agentry's. */
    private static final String OUR_REVIEWER = "---\nname: code-reviewer\ndescription: \"Ours\"\n---\n\nOur reviewer.\n";
    private static final String OUR_CAPTAIN = "---\nname: release-captain\n---\n\nShips on Fridays, never.\n";
    private static final String OUR_TRIGGER = "- Our own trigger: a handler without a test\n";
    private static final String OUR_RULE = "\nOur rule: every handler has a test.\n";

    @TempDir
    Path target;

    @TempDir
    Path scratch;

    private String ourBackend;

    /**
     * The hand-written team: a backend engineer the team wrote from agentry's render for Go some time ago, with lines of
     * its own in the middle and at the end; a reviewer of its own; and a release captain agentry has no role for.
     */
    @BeforeEach
    void handWrittenAgents() throws IOException {
        assertThat(run("generate", scratch, TEAM + " --stack go").code()).isZero();
        String agentrys = Files.readString(scratch.resolve(BACKEND));
        String anchor = "- Backend system architecture decisions needed\n";
        assertThat(agentrys).contains(anchor);
        ourBackend = agentrys.replace(anchor, anchor + OUR_TRIGGER) + OUR_RULE;
        write(BACKEND, ourBackend);
        write(REVIEWER, OUR_REVIEWER);
        write(CAPTAIN, OUR_CAPTAIN);
    }

    @Test
    void adoptEditUpdateCheckRemove() throws IOException {
        Run refused = run("generate", target, TEAM + " --stack go");
        assertThat(refused.code()).as(refused.err()).isEqualTo(2);
        assertThat(refused.err()).contains(BACKEND, REVIEWER, "--adopt");

        // adopted: kept byte for byte, with agentry's render as their base; the captain is left alone and listed
        Run adopt = run("generate", target, TEAM + " --stack go --adopt");
        assertThat(adopt.code()).as(adopt.out() + adopt.err()).isZero();
        assertThat(adopt.out()).containsPattern("adopt +\\S*" + BACKEND.replace(".", "\\.")).contains("2 adopted as yours",
                "left alone", CAPTAIN);
        assertThat(read(BACKEND)).isEqualTo(ourBackend);
        assertThat(read(REVIEWER)).isEqualTo(OUR_REVIEWER);
        assertThat(read(CAPTAIN)).isEqualTo(OUR_CAPTAIN);
        assertThat(read(".agentry/state.json")).contains(BACKEND, REVIEWER).doesNotContain("release-captain");

        Run inSync = run("check", target, "");
        assertThat(inSync.code()).as(inSync.out()).isZero();
        assertThat(inSync.out()).contains("In sync").containsPattern("keep-yours +\\S*" + BACKEND.replace(".", "\\."));

        // an edit after adopting is one more edit of the user's: still in sync
        write(BACKEND, read(BACKEND) + "Another line of ours.\n");
        assertThat(run("check", target, "").code()).isZero();

        // a new stack: agentry's changes merge into the backend engineer around every line the team wrote; the reviewer,
        // which shares no line with agentry's, conflicts where agentry changes its text
        Run update = run("update", target, "--stack python-fastapi");
        assertThat(update.code()).as(update.out()).isEqualTo(3);
        String merged = read(BACKEND);
        assertThat(merged).contains("FastAPI and Pydantic v2", OUR_TRIGGER, OUR_RULE, "Another line of ours.\n")
                .doesNotContain("<<<<<<<", "chi router", "sqlc");
        assertThat(read(REVIEWER)).startsWith("---\nname: code-reviewer\ndescription: \"Ours\"\n---\n\n<<<<<<< yours\n"
                + "Our reviewer.\n=======\n").contains(">>>>>>> agentry\n");
        assertThat(read(CAPTAIN)).isEqualTo(OUR_CAPTAIN);

        // check names the drift: the reviewer's conflict is still to resolve
        Run drift = run("check", target, "");
        assertThat(drift.code()).as(drift.out()).isEqualTo(5);
        assertThat(drift.out()).contains("Drift").containsPattern("unresolved +\\S*" + REVIEWER.replace(".", "\\."));

        // resolved as the team wants it (theirs kept): in sync again
        write(REVIEWER, OUR_REVIEWER);
        Run resolved = run("update", target, "");
        assertThat(resolved.code()).as(resolved.out()).isZero();
        assertThat(read(REVIEWER)).isEqualTo(OUR_REVIEWER);
        assertThat(run("check", target, "").code()).isZero();

        // remove keeps the adopted files (edited by the user) and the captain, and deletes what agentry wrote
        Run remove = run("remove", target, "");
        assertThat(remove.code()).as(remove.out()).isZero();
        assertThat(read(BACKEND)).isEqualTo(merged);
        assertThat(read(REVIEWER)).isEqualTo(OUR_REVIEWER);
        assertThat(read(CAPTAIN)).isEqualTo(OUR_CAPTAIN);
        assertThat(target.resolve(".claude/agents/product-manager.md")).doesNotExist();
        assertThat(target.resolve(".agentry/state.json")).doesNotExist();
    }

    /** Update --adopt lists the agent files it leaves alone too, as generate --adopt does. */
    @Test
    void updateWithAdoptListsTheFilesItLeavesAlone() throws IOException {
        Files.delete(target.resolve(BACKEND));
        Files.delete(target.resolve(REVIEWER));
        assertThat(run("generate", target, TEAM + " --stack go").code()).isZero();
        write(".claude/agents/ui-ux-designer.md", "---\nname: ui-ux-designer\n---\n\nOur designer.\n");
        Run update = run("update", target, "--agents product-manager,ui-ux-designer,backend-engineer,code-reviewer --adopt");
        assertThat(update.code()).as(update.out() + update.err()).isZero();
        assertThat(update.out()).contains("adopt", ".claude/agents/ui-ux-designer.md", "left alone", CAPTAIN);
        assertThat(read(CAPTAIN)).isEqualTo(OUR_CAPTAIN);
    }

    private static Run run(String command, Path where, String options) {
        List<String> args = new ArrayList<>(List.of(command, "--target", where.toString()));
        if (!options.isBlank()) {
            args.addAll(List.of(options.split(" ")));
        }
        return CliHarness.run(args.toArray(String[]::new));
    }

    private String read(String path) throws IOException {
        return Files.readString(target.resolve(path));
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(target.resolve(path).getParent());
        Files.writeString(target.resolve(path), text);
    }
}
