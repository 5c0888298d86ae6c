package dev.agentry.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.agentry.TestLayers;
import dev.agentry.Trees;
import dev.agentry.apply.FileSystem;
import dev.agentry.apply.State;
import dev.agentry.apply.StateStore;
import dev.agentry.apply.Workspace;
import dev.agentry.plan.Action;
import dev.agentry.plan.ConflictStyle;
import dev.agentry.plan.FileAction;
import dev.agentry.plan.RecordedFile;
import dev.agentry.support.ExitCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One scenario per row of the update table, and the regeneration stories around it. */
class UpdateScenarioTests {

    @TempDir
    Path target;

    @TempDir
    Path scaffolds;

    private final Generate generate = new Generate(new Scaffolds(), FileSystem.REAL);

    private static final String REVIEWER = ".claude/agents/code-reviewer.md";
    private static final String BACKEND = ".claude/agents/backend-engineer.md";

    /** A layer whose code-reviewer template agentry "upgrades" between runs. */
    private void reviewerTemplate(String body) {
        TestLayers.write(scaffolds, Map.of("templates/code-reviewer.ftl", body));
    }

    private static String template(String... lines) {
        return "<#import \"lib/team.ftl\" as t>\n" + String.join("\n", lines) + "\n\n<@t.collaboration/>\n";
    }

    private static final String V1 = template("# Role", "Reviewer v1", "", "# Checklist", "- one", "- two", "- three", "- four",
            "- five", "- six");

    @BeforeEach
    void firstGenerate() {
        reviewerTemplate(V1);
        Outcome outcome = generate.run(Request.to(target).flags(Map.of("project-type", "backend-api", "deployment",
                "aws", "stack", "java-spring-boot")).scaffolds(List.of(scaffolds.toString())).build(),
                Generate.Mode.GENERATE);
        assertThat(outcome.exitCode()).isEqualTo(ExitCode.OK);
    }

    private Outcome update(Map<String, Object> flags) {
        return update(flags, Map.of(), ConflictStyle.INLINE);
    }

    /** Each update is a new process, as in real use: the scaffolds are read afresh. */
    private Outcome update(Map<String, Object> flags, Map<String, Object> sets, ConflictStyle style) {
        return new Generate(new Scaffolds(), FileSystem.REAL).run(Request.to(target).flags(flags).sets(sets)
                .conflictStyle(style).build(), Generate.Mode.UPDATE);
    }

    private String read(String path) throws Exception {
        return Files.readString(target.resolve(path));
    }

    private void write(String path, String text) throws Exception {
        Files.writeString(target.resolve(path), text);
    }

    private static Action actionOf(Outcome outcome, String path) {
        return outcome.plan().actions().stream().filter(a -> a.path().equals(path)).map(FileAction::action).findFirst()
                .orElseThrow();
    }

    @Test
    void unchangedFileWithANewRenderIsOverwritten() throws Exception {
        reviewerTemplate(V1.replace("- three", "- three, improved"));
        Outcome outcome = update(Map.of());
        assertThat(actionOf(outcome, REVIEWER)).isEqualTo(Action.UPDATE);
        assertThat(read(REVIEWER)).contains("- three, improved");
    }

    @Test
    void aDamagedRecordedTextIsReportedAndNothingIsWritten() throws Exception {
        reviewerTemplate(V1.replace("- three", "- three, improved"));
        String state = read(".agentry/state.json");
        write(".agentry/state.json", state.replaceFirst("\"- two\"", "\"- two, damaged\""));
        Map<String, String> before = Trees.content(target);
        assertThatThrownBy(() -> update(Map.of()))
                .isInstanceOf(dev.agentry.support.AgentryException.class)
                .hasMessageContaining("the recorded text of " + REVIEWER + " does not match its SHA-256");
        assertThat(Trees.content(target)).isEqualTo(before);
    }

    @Test
    void unchangedFileWithTheSameRenderIsLeftAlone() {
        Outcome outcome = update(Map.of());
        assertThat(outcome.applied()).isFalse();
        assertThat(actionOf(outcome, REVIEWER)).isEqualTo(Action.UNCHANGED);
    }

    @Test
    void editedFileWithTheSameRenderIsKept() throws Exception {
        write(REVIEWER, read(REVIEWER) + "\nMy house rule.\n");
        Outcome outcome = update(Map.of());
        assertThat(actionOf(outcome, REVIEWER)).isEqualTo(Action.KEEP);
        assertThat(read(REVIEWER)).endsWith("My house rule.\n");
    }

    @Test
    void editedFileWithANewRenderIsMergedWhenTheEditsDoNotOverlap() throws Exception {
        write(REVIEWER, read(REVIEWER).replace("- one", "- one, as we do it here"));
        reviewerTemplate(V1.replace("- six", "- six, improved"));
        Outcome outcome = update(Map.of());
        assertThat(actionOf(outcome, REVIEWER)).isEqualTo(Action.MERGE);
        assertThat(read(REVIEWER)).contains("- one, as we do it here", "- six, improved").doesNotContain("<<<<<<<");
        assertThat(outcome.exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void overlappingEditsWriteMarkersAndExitThreeThenTheResolvedFileIsKept() throws Exception {
        write(REVIEWER, read(REVIEWER).replace("- three", "- three, mine"));
        reviewerTemplate(V1.replace("- three", "- three, agentry's"));
        Outcome outcome = update(Map.of());
        assertThat(outcome.exitCode()).isEqualTo(ExitCode.CONFLICTS);
        assertThat(read(REVIEWER)).contains("<<<<<<< yours\n- three, mine\n=======\n- three, agentry's\n>>>>>>> agentry\n");

        Outcome unresolved = update(Map.of());
        assertThat(actionOf(unresolved, REVIEWER)).isEqualTo(Action.UNRESOLVED);
        assertThat(unresolved.exitCode()).isEqualTo(ExitCode.CONFLICTS);

        String resolved = read(REVIEWER).replace("<<<<<<< yours\n- three, mine\n=======\n- three, agentry's\n>>>>>>> agentry\n",
                "- three, both\n");
        write(REVIEWER, resolved);
        Outcome after = update(Map.of());
        assertThat(after.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(actionOf(after, REVIEWER)).isEqualTo(Action.KEEP);
        assertThat(read(REVIEWER)).isEqualTo(resolved);
    }

    @Test
    void overlappingEditsWithRejKeepYourFileAndWriteAgentrysBeside() throws Exception {
        String mine = read(REVIEWER).replace("- three", "- three, mine");
        write(REVIEWER, mine);
        reviewerTemplate(V1.replace("- three", "- three, agentry's"));
        Outcome outcome = update(Map.of(), Map.of(), ConflictStyle.REJ);
        assertThat(outcome.exitCode()).isEqualTo(ExitCode.CONFLICTS);
        assertThat(read(REVIEWER)).isEqualTo(mine);
        assertThat(read(REVIEWER + ".rej")).contains("- three, agentry's");
    }

    @Test
    void deletedFileStillInTheTeamIsRestoredFromTheNewRender() throws Exception {
        Files.delete(target.resolve(REVIEWER));
        reviewerTemplate(V1.replace("- two", "- two, improved"));
        Outcome outcome = update(Map.of());
        assertThat(actionOf(outcome, REVIEWER)).isEqualTo(Action.RESTORE);
        assertThat(read(REVIEWER)).contains("- two, improved");
        assertThat(actionOf(update(Map.of()), REVIEWER)).isEqualTo(Action.UNCHANGED);
    }

    @Test
    void droppedAgentIsDeletedAndReAddedLater() throws Exception {
        Outcome dropped = update(Map.of("agents", "product-manager,backend-engineer,testing-specialist"));
        assertThat(actionOf(dropped, REVIEWER)).isEqualTo(Action.DELETE);
        assertThat(target.resolve(REVIEWER)).doesNotExist();
        assertThat(read(BACKEND)).doesNotContain("code-reviewer");
        Outcome added = update(Map.of("agents", "product-manager,backend-engineer,code-reviewer,testing-specialist"));
        assertThat(actionOf(added, REVIEWER)).isEqualTo(Action.CREATE);
        assertThat(read(BACKEND)).contains("`code-reviewer`");
    }

    @Test
    void editedAgentNoLongerInTheTeamIsKeptUntrackedAndRemembered() throws Exception {
        write(REVIEWER, read(REVIEWER) + "\nMine.\n");
        String written = read(REVIEWER).replace("\nMine.\n", "");
        Outcome outcome = update(Map.of("agents", "product-manager,backend-engineer,testing-specialist"));
        assertThat(actionOf(outcome, REVIEWER)).isEqualTo(Action.ORPHAN);
        assertThat(read(REVIEWER)).endsWith("Mine.\n");
        State state = StateStore.read(new Workspace(target));
        assertThat(state.files()).noneMatch(f -> f.path().equals(REVIEWER));
        assertThat(state.released()).containsExactly(new RecordedFile(REVIEWER, null, written, false));
    }

    @Test
    void newDeploymentSwapsTheDeploymentAgentAndUpdatesTeammates() throws Exception {
        Outcome outcome = update(Map.of("deployment", "kubernetes"));
        assertThat(actionOf(outcome, ".claude/agents/aws-deployment-engineer.md")).isEqualTo(Action.DELETE);
        assertThat(actionOf(outcome, ".claude/agents/kubernetes-deployment-engineer.md")).isEqualTo(Action.CREATE);
        assertThat(read(BACKEND)).contains("kubernetes-deployment-engineer").doesNotContain("aws-deployment-engineer");
        assertThat(read(".agentry/answers.yml")).contains("deployment: kubernetes");
    }

    @Test
    void newStackRewritesTheStackSpecificText() throws Exception {
        update(Map.of("stack", "python-fastapi"));
        assertThat(read(BACKEND)).contains("FastAPI").doesNotContain("Spring Boot");
    }

    @Test
    void newProjectTypeBringsItsDefaultTeam() {
        Outcome outcome = update(Map.of("project-type", "web-app"));
        assertThat(actionOf(outcome, ".claude/agents/frontend-engineer.md")).isEqualTo(Action.CREATE);
        assertThat(actionOf(outcome, ".claude/agents/ui-ux-designer.md")).isEqualTo(Action.CREATE);
    }

    @Test
    void handEditedAnswersAreUsed() throws Exception {
        write(".agentry/answers.yml", read(".agentry/answers.yml").replace("stack: java-spring-boot", "stack: python-fastapi"));
        Outcome outcome = update(Map.of());
        assertThat(outcome.notes()).anyMatch(n -> n.contains("edited by hand"));
        assertThat(read(BACKEND)).contains("FastAPI");
    }

    @Test
    void editsInsideTheClaudeMdBlockAreMergedAndTextOutsideIsKept() throws Exception {
        String claude = read("CLAUDE.md");
        write("CLAUDE.md", "# Our notes\n\n" + claude.replace("| Agent | Delegate when |", "| Agent | Delegate when (ours) |")
                + "\nFooter we wrote.\n");
        Outcome outcome = update(Map.of("deployment", "kubernetes"));
        assertThat(actionOf(outcome, "CLAUDE.md")).isEqualTo(Action.MERGE);
        assertThat(read("CLAUDE.md")).startsWith("# Our notes\n").endsWith("Footer we wrote.\n")
                .contains("| Agent | Delegate when (ours) |", "kubernetes-deployment-engineer")
                .doesNotContain("aws-deployment-engineer");
    }

    @Test
    void dryRunShowsADiffAndWritesNothing() throws Exception {
        String before = read(BACKEND);
        Outcome outcome = generate.run(Request.to(target).flags(Map.of("deployment", "kubernetes")).dryRun().build(),
                Generate.Mode.UPDATE);
        assertThat(actionOf(outcome, BACKEND)).isEqualTo(Action.UPDATE);
        assertThat(read(BACKEND)).isEqualTo(before);
        FileAction action = outcome.plan().actions().stream().filter(a -> a.path().equals(BACKEND)).findFirst().orElseThrow();
        assertThat(dev.agentry.merge.Merge.unifiedDiff(BACKEND, action.before(), action.after()))
                .contains("-- **With AWS Deployment Engineer**", "+- **With Kubernetes Deployment Engineer**");
    }
}
