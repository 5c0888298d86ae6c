package dev.agentry.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.agentry.console.Io;
import dev.agentry.Trees;
import dev.agentry.app.Catalogs;
import dev.agentry.app.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static dev.agentry.cli.VirtualTerminal.CTRL_C;
import static dev.agentry.cli.VirtualTerminal.ENTER;
import static org.assertj.core.api.Assertions.assertThat;

/** The whole init command in a (virtual) terminal: questions, summary, confirmation, write. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InitCommandTests {

    @TempDir
    Path target;

    private final VirtualTerminal terminal = new VirtualTerminal();
    private final StringWriter out = new StringWriter();
    private final InitCommand init = new InitCommand(Services.standard(), () -> new InitWizard(VirtualTerminal::flows),
            terminal::session);

    @AfterEach
    void close() {
        terminal.shutdown();
    }

    private int init(Future<?> typing, String... args) throws Exception {
        Io io = new Io(new PrintWriter(out, true), new PrintWriter(out, true), false, true);
        List<String> tokens = new java.util.ArrayList<>(List.of("--target", target.toString()));
        tokens.addAll(List.of(args));
        int code = init.execute(tokens, io);
        typing.get(30, TimeUnit.SECONDS);
        return code;
    }

    private Future<?> enterThroughEverything() {
        return terminal.type("Project name", ENTER, "Project type", ENTER, "Deployment", ENTER, "Stack", ENTER, "Team", ENTER,
                "Agent tools", ENTER, "Write these files?", ENTER);
    }

    @Test
    void enterThroughEverythingWritesAValidTeam() throws Exception {
        assertThat(init(enterThroughEverything())).isZero();
        assertThat(out.toString()).contains("Summary", "to create", "Generated");
        assertThat(target.resolve(".claude/agents/frontend-engineer.md")).exists();
        assertThat(Files.readString(target.resolve(".agentry/answers.yml"))).contains("project-type: web-app");
    }

    @Test
    void noAtTheConfirmationWritesNothing() throws Exception {
        Future<?> typing = terminal.type("Project name", ENTER, "Project type", ENTER, "Deployment", ENTER, "Stack", ENTER,
                "Team", ENTER, "Agent tools", ENTER, "Write these files?", "n" + ENTER);
        assertThat(init(typing)).isZero();
        assertThat(out.toString()).contains("Nothing was written.");
        assertThat(Trees.snapshot(target)).isEmpty();
    }

    @Test
    void ctrlCExitsWith130AndWritesNothing() throws Exception {
        Future<?> typing = terminal.type("Project name", ENTER, "Project type", CTRL_C);
        assertThat(init(typing)).isEqualTo(130);
        assertThat(out.toString()).contains("Cancelled: nothing was written.");
        assertThat(Trees.snapshot(target)).isEmpty();
    }

    @Test
    void optionsSkipTheirQuestions() throws Exception {
        Future<?> typing = terminal.type("Project name", ENTER, "Agent tools", ENTER, "Write these files?", ENTER);
        assertThat(init(typing, "--project-type", "backend-api", "--deployment", "kubernetes", "--stack", "python-fastapi",
                "--agents", "backend-engineer,code-reviewer")).isZero();
        assertThat(Trees.content(target).keySet()).contains(".claude/agents/backend-engineer.md",
                ".claude/agents/kubernetes-deployment-engineer.md").doesNotContain(".claude/agents/product-manager.md");
    }

    @Test
    void agentToolsPickedInTheWizardAreWrittenAndStored() throws Exception {
        String secondAndThird = VirtualTerminal.DOWN + VirtualTerminal.SPACE + VirtualTerminal.DOWN + VirtualTerminal.SPACE;
        Future<?> typing = terminal.type("Project name", ENTER, "Team", ENTER, "Agent tools", secondAndThird + ENTER,
                "Write these files?", ENTER);
        assertThat(init(typing, "--project-type", "backend-api", "--deployment", "aws", "--stack", "python-fastapi")).isZero();
        assertThat(out.toString()).contains("tools     claude, agents-md, copilot");
        assertThat(Trees.content(target).keySet()).contains(".claude/agents/backend-engineer.md", "AGENTS.md",
                ".github/agents/backend-engineer.agent.md").noneMatch(p -> p.startsWith(".codex/"));
        assertThat(Files.readString(target.resolve(".agentry/answers.yml"))).contains("agents-md", "copilot");
    }

    @Test
    void targetsOptionSkipsTheAgentToolsQuestion() throws Exception {
        Future<?> typing = terminal.type("Project name", ENTER, "Write these files?", ENTER);
        assertThat(init(typing, "--project-type", "backend-api", "--deployment", "aws", "--stack", "python-fastapi",
                "--agents", "backend-engineer", "--targets", "codex")).isZero();
        assertThat(terminal.shown()).doesNotContain("Agent tools");
        assertThat(Trees.content(target).keySet()).contains(".codex/agents/backend-engineer.toml")
                .noneMatch(p -> p.startsWith(".claude/"));
    }

    @Test
    void rerunOverStoredAnswersWithNoChangeLeavesTheDiskAlone() throws Exception {
        assertThat(init(enterThroughEverything())).isZero();
        Map<String, String> before = Trees.content(target);
        Future<?> again = terminal.type("Project name", ENTER, "Project type", ENTER, "Deployment", ENTER, "Stack", ENTER,
                "Team", ENTER, "Agent tools", ENTER);
        assertThat(init(again)).isZero();
        assertThat(out.toString()).contains("already up to date");
        assertThat(Trees.content(target)).isEqualTo(before);
    }

    @Test
    void rerunKeepsTheUsersEdits() throws Exception {
        assertThat(init(enterThroughEverything())).isZero();
        Path reviewer = target.resolve(".claude/agents/code-reviewer.md");
        Files.writeString(reviewer, Files.readString(reviewer) + "\nOur rule: no force pushes.\n");
        Future<?> typing = terminal.type("Project name", ENTER, "Project type", ENTER, "Deployment", VirtualTerminal.DOWN + ENTER,
                "Stack", ENTER, "Team", ENTER, "Agent tools", ENTER, "Write these files?", ENTER);
        assertThat(init(typing)).isZero();
        assertThat(Files.readString(reviewer)).endsWith("Our rule: no force pushes.\n").doesNotContain("aws-deployment-engineer");
    }

    @Test
    void whenThePromptsCannotBeMadeTheTerminalIsGivenBackAsItWas() throws Exception {
        java.io.PipedOutputStream keys = new java.io.PipedOutputStream();
        org.jline.terminal.Terminal shell = new org.jline.terminal.impl.ExternalTerminal("shell", "xterm-256color",
                new java.io.PipedInputStream(keys, 4096), new VirtualTerminal.Screen(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            var before = shell.getAttributes();
            InitCommand broken = new InitCommand(Services.standard(), () -> {
                throw new IllegalStateException("no prompts here");
            }, () -> WizardTerminal.overSystem(shell));
            Io io = new Io(new PrintWriter(out, true), new PrintWriter(out, true), false, true);
            assertThat(broken.execute(List.of("--target", target.toString()), io)).isEqualTo(1);
            assertThat(out.toString()).contains("no prompts here");
            assertThat(shell.getAttributes().getLocalFlags()).isEqualTo(before.getLocalFlags());
        }
        finally {
            keys.close();
            shell.close();
        }
    }

    /** A hand-written agent file where the team writes one: issue 12 item 9. */
    private Path handWrittenReviewer() throws Exception {
        Path reviewer = target.resolve(".claude/agents/code-reviewer.md");
        Files.createDirectories(reviewer.getParent());
        Files.writeString(reviewer, "---\nname: code-reviewer\ndescription: \"Ours.\"\n---\n\nOur own reviewer.\n");
        return reviewer;
    }

    private static final String[] GIVEN = {"--project-type", "backend-api", "--deployment", "aws", "--stack", "go",
            "--agents", "backend-engineer,code-reviewer", "--targets", "claude"};

    @Test
    void aHandWrittenFileInTheWayIsAskedAboutAndKeptAsYours() throws Exception {
        Path reviewer = handWrittenReviewer();
        Future<?> typing = terminal.type("Project name", ENTER, "not written by agentry", ENTER, "Write these files?", ENTER);
        assertThat(init(typing, GIVEN)).isZero();
        assertThat(terminal.shown()).contains(".claude/agents/code-reviewer.md");
        assertThat(out.toString()).contains("adopt", "1 to adopt as yours").doesNotContain("to leave as they are");
        assertThat(terminal.shown()).doesNotContain("ADOPT");
        assertThat(Files.readString(reviewer)).isEqualTo("---\nname: code-reviewer\ndescription: \"Ours.\"\n---\n\nOur own reviewer.\n");
        assertThat(target.resolve(".claude/agents/backend-engineer.md")).exists();
        assertThat(Files.readString(target.resolve(".agentry/state.json"))).contains(".claude/agents/code-reviewer.md");
    }

    /** Keep yours, as --adopt: agent files of other names are left alone, and the plan says so before the write. */
    @Test
    void keepingYoursListsTheAgentFilesOfOtherNamesLeftAlone() throws Exception {
        handWrittenReviewer();
        Path captain = target.resolve(".claude/agents/release-captain.md");
        Files.writeString(captain, "---\nname: release-captain\n---\n\nOurs.\n");
        Future<?> typing = terminal.type("Project name", ENTER, "not written by agentry", ENTER, "Write these files?", ENTER);
        assertThat(init(typing, GIVEN)).isZero();
        String shown = out.toString();
        assertThat(shown.substring(0, shown.indexOf("Generated"))).contains("left alone", ".claude/agents/release-captain.md");
        assertThat(Files.readString(captain)).isEqualTo("---\nname: release-captain\n---\n\nOurs.\n");
        assertThat(Files.readString(target.resolve(".agentry/state.json"))).doesNotContain("release-captain");
    }

    /** A legacy agent file in the way: the list names its unfilled placeholders, and keeping it fills them. */
    @Test
    void keepingALegacyAgentFileFillsItsPlaceholders() throws Exception {
        Path backend = target.resolve(".claude/agents/backend-engineer.md");
        Files.createDirectories(backend.getParent());
        Files.writeString(backend, "---\nname: backend-engineer\ndescription: Builds {{PROJECT_TYPE}} services.\n---\n\n"
                + "Works with {{DEPLOYMENT_AGENT}} and {{OUR_CHANNEL}}.\n");
        Future<?> typing = terminal.type("Project name", ENTER, "not written by agentry", ENTER, "Write these files?", ENTER);
        assertThat(init(typing, GIVEN)).isZero();
        assertThat(terminal.shown()).contains(".claude/agents/backend-engineer.md  (unfilled {{PROJECT_TYPE}},"
                + " {{DEPLOYMENT_AGENT}}, {{OUR_CHANNEL}})", "Keep yours - agentry fills the placeholders it knows, then merges into them (--adopt)");
        assertThat(Files.readString(backend)).isEqualTo("---\nname: backend-engineer\ndescription: Builds Backend API"
                + " services.\n---\n\nWorks with aws-deployment-engineer and {{OUR_CHANNEL}}.\n");
    }

    @Test
    void aHandWrittenFileInTheWayCanBeBackedUpAndOverwritten() throws Exception {
        Path reviewer = handWrittenReviewer();
        Future<?> typing = terminal.type("Project name", ENTER, "not written by agentry", VirtualTerminal.DOWN + ENTER,
                "Write these files?", ENTER);
        assertThat(init(typing, GIVEN)).isZero();
        assertThat(Files.readString(reviewer)).doesNotContain("Our own reviewer.").contains("name: code-reviewer");
        assertThat(Trees.content(target).entrySet()).anyMatch(e -> e.getKey().startsWith(".agentry/backup/")
                && e.getValue().contains("Our own reviewer."));
    }

    @Test
    void cancellingOverAHandWrittenFileWritesNothingAndKeepsTheAnswersAsACommand() throws Exception {
        handWrittenReviewer();
        Map<String, String> before = Trees.content(target);
        Future<?> typing = terminal.type("Project name", "Billing" + ENTER, "not written by agentry",
                VirtualTerminal.DOWN + VirtualTerminal.DOWN + ENTER);
        assertThat(init(typing, GIVEN)).isZero();
        assertThat(Trees.content(target)).isEqualTo(before);
        // the line given back would meet the same file: it says what it needs (trial item 20), and the prompt echoes
        // what was picked in words, not the policy's internal name (trial item 17)
        assertThat(out.toString()).contains("Nothing was written: the file in the way stays as it is", "--adopt", "--force",
                "agentry generate", "--stack go", "--project-name Billing", "--agents backend-engineer,code-reviewer");
        assertThat(terminal.shown()).contains("write nothing").doesNotContain("REFUSE");
    }

    @Test
    void noAtTheConfirmationKeepsTheAnswersAsACommand() throws Exception {
        Future<?> typing = terminal.type("Project name", "Shop API" + ENTER, "Write these files?", "n" + ENTER);
        assertThat(init(typing, GIVEN)).isZero();
        assertThat(out.toString()).contains("Nothing was written.", "agentry generate --target ", "--project-name 'Shop API'");
    }

    /** Trial item 1: --dry-run in a terminal shows the plan and asks nothing to write. */
    @Test
    void dryRunAsksTheQuestionsShowsThePlanAndWritesNothing() throws Exception {
        Future<?> typing = terminal.type("Project name", ENTER, "Project type", ENTER, "Deployment", ENTER, "Stack", ENTER,
                "Team", ENTER, "Agent tools", ENTER);
        assertThat(init(typing, "--dry-run")).isZero();
        assertThat(Trees.snapshot(target)).isEmpty();
        assertThat(terminal.shown()).doesNotContain("Write these files?");
        assertThat(out.toString()).contains("Summary", "Dry run: nothing written (", "to create", "To write this team: agentry generate");
    }

    @Test
    void dryRunOverATeamChangesNothingAndShowsTheDiffs() throws Exception {
        assertThat(CliHarness.run("generate", "--target", target.toString(), "--project-type", "web-app", "--deployment", "aws",
                "--stack", "java-spring-boot").code()).isZero();
        Map<String, String> before = Trees.content(target);
        Future<?> typing = terminal.type("Project name", ENTER, "Project type", ENTER, "Stack", ENTER, "Team", ENTER,
                "Agent tools", ENTER);
        assertThat(init(typing, "--dry-run", "--deployment", "gcp")).isZero();
        assertThat(Trees.content(target)).isEqualTo(before);
        assertThat(out.toString()).contains("Dry run: nothing written (", "to delete", "gcp-deployment-engineer", "@@");
    }

    /** Trial item 1's family: --force (or --adopt) given on the line is not asked again over a hand-written file. */
    @Test
    void forceGivenOnTheLineIsNotAskedAgain() throws Exception {
        Path reviewer = handWrittenReviewer();
        List<String> args = new java.util.ArrayList<>(List.of(GIVEN));
        args.add("--force");
        Future<?> typing = terminal.type("Project name", ENTER, "Write these files?", ENTER);
        assertThat(init(typing, args.toArray(String[]::new))).isZero();
        assertThat(terminal.shown()).doesNotContain("not written by agentry");
        assertThat(Files.readString(reviewer)).doesNotContain("Our own reviewer.");
        assertThat(Trees.content(target).keySet()).anyMatch(p -> p.startsWith(".agentry/backup/"));
    }

    @Test
    void adoptGivenOnTheLineIsNotAskedAgain() throws Exception {
        Path reviewer = handWrittenReviewer();
        List<String> args = new java.util.ArrayList<>(List.of(GIVEN));
        args.add("--adopt");
        Future<?> typing = terminal.type("Project name", ENTER, "Write these files?", ENTER);
        assertThat(init(typing, args.toArray(String[]::new))).isZero();
        assertThat(terminal.shown()).doesNotContain("not written by agentry");
        assertThat(Files.readString(reviewer)).contains("Our own reviewer.");
    }

    /** --verbose shows why each file gets its action, in the plan before the confirmation too. */
    @Test
    void verboseShowsEachFilesReasonInThePlan() throws Exception {
        assertThat(CliHarness.run("generate", "--target", target.toString(), GIVEN[0], GIVEN[1], GIVEN[2], GIVEN[3], GIVEN[4],
                GIVEN[5], GIVEN[6], GIVEN[7]).code()).isZero();
        Future<?> typing = terminal.type("Project name", ENTER, "Project type", ENTER, "Stack", ENTER, "Team", ENTER,
                "Agent tools", ENTER, "Write these files?", "n" + ENTER);
        assertThat(init(typing, "--deployment", "gcp", "--verbose")).isZero();
        assertThat(out.toString()).contains("new render; you had not edited it").containsPattern("delete +\\S+aws-deployment-engineer\\.md  \\S");
    }

    /** Trial item 8: a bad value given on the line is named before the first question, and nothing is asked. */
    @Test
    void aBadValueIsNamedBeforeAnyQuestion() throws Exception {
        // each case: the word the message must name, then the options
        String[][] cases = {{"nope", "--deployment", "nope"}, {"bogus", "--stack", "bogus"}, {"nope", "--project-type", "nope"},
                {"nope", "--targets", "nope"}, {"nobody", "--agents", "backend-engineer,nobody"},
                {"no-such-key", "--set", "no-such-key=1"}, {"go", "--project-type", "mobile-app", "--stack", "go"}};
        for (String[] item : cases) {
            String[] given = java.util.Arrays.copyOfRange(item, 1, item.length);
            out.getBuffer().setLength(0);
            Future<?> typing = terminal.type();
            assertThat(init(typing, given)).as(String.join(" ", given)).isEqualTo(2);
            assertThat(terminal.shown()).as(String.join(" ", given)).doesNotContain("Project name");
            assertThat(out.toString()).as(String.join(" ", given)).contains(item[0]);
            assertThat(Trees.snapshot(target)).isEmpty();
        }
    }

    @Test
    void aBadAnswersFileIsNamedBeforeAnyQuestion() throws Exception {
        Path answers = Files.writeString(target.resolveSibling(target.getFileName() + "-answers.yml"), "deployment: nope\n");
        Future<?> typing = terminal.type();
        assertThat(init(typing, "--answers", answers.toString())).isEqualTo(2);
        assertThat(terminal.shown()).doesNotContain("Project name");
        assertThat(out.toString()).contains("nope");
    }

    /** Without a terminal, init names the missing answers once, in its own headline, after it the bad values and choices. */
    @Test
    void withoutATerminalTheMissingAnswersAreNamedOnceBeforeTheBadValuesAndChoices() {
        CliHarness.Run run = CliHarness.run("init", "--target", target.toString(), "--project-type", "backend-api",
                "--stack", "nope");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: init has no terminal to ask in (stdin is not a terminal), and answers are"
                + " missing: deployment.\nUnknown stack 'nope' (--stack). Valid: java-spring-boot, ")
                .contains("\n  --deployment one of: aws, vercel, kubernetes, gcp, azure, fly-io, docker-host\nGive them as"
                        + " options or in an answers file (--answers FILE), or run 'agentry init' in a terminal to be asked.\n"
                        + "In scripts, use 'agentry generate' with every answer as an option.")
                .doesNotContain("Missing answer");
        assertThat(target.resolve(".agentry")).doesNotExist();
    }

    /** A Go service with gin, deployed to Fly.io: what detection sees in it. */
    private void goOnFly() throws Exception {
        Files.writeString(target.resolve("go.mod"), "module example.com/shop\n\ngo 1.22\n\nrequire github.com/gin-gonic/gin v1.10.0\n");
        Files.writeString(target.resolve("fly.toml"), "app = \"shop\"\nprimary_region = \"ams\"\n");
        Files.writeString(target.resolve("main.go"), "package main\n");
    }

    /** Issue 16: the questions pre-select what the repository shows, with the evidence in a line under each. */
    @Test
    void theQuestionsPreselectWhatTheRepositoryShowsWithItsEvidence() throws Exception {
        goOnFly();
        assertThat(init(enterThroughEverything())).isZero();
        String answers = Files.readString(target.resolve(".agentry/answers.yml"));
        assertThat(answers).contains("project-type: backend-api", "stack: go", "deployment: fly-io");
        assertThat(terminal.shown()).contains("found go.mod (gin)", "found fly.toml");
        assertThat(target.resolve(".claude/agents/flyio-deployment-engineer.md")).exists();
    }

    @Test
    void anEmptyFolderIsAskedAsWithoutDetection() throws Exception {
        assertThat(init(enterThroughEverything())).isZero();
        assertThat(Files.readString(target.resolve(".agentry/answers.yml"))).contains("project-type: web-app",
                "deployment: aws");
        assertThat(terminal.shown()).doesNotContain("found ");
    }

    /** Given options win over detection, and what is still asked is fitted to them, as generate --detect fits it. */
    @Test
    void givenOptionsWinOverDetectionAndTheRestIsFittedToThem() throws Exception {
        goOnFly();
        Future<?> typing = terminal.type("Project name", ENTER, "Stack", ENTER, "Team", ENTER, "Agent tools", ENTER,
                "Write these files?", ENTER);
        assertThat(init(typing, "--project-type", "backend-api", "--deployment", "aws")).isZero();
        String answers = Files.readString(target.resolve(".agentry/answers.yml"));
        assertThat(answers).contains("deployment: aws", "stack: go");
        assertThat(terminal.shown()).doesNotContain("found fly.toml").contains("found go.mod (gin)");
    }

    /** Stored answers come before anything detected: a team's own answers are pre-selected, not what the files show. */
    @Test
    void storedAnswersWinOverDetection() throws Exception {
        assertThat(CliHarness.run("generate", "--target", target.toString(), "--project-type", "backend-api",
                "--deployment", "kubernetes", "--stack", "python-fastapi").code()).isZero();
        goOnFly();
        Future<?> typing = terminal.type("Project name", ENTER, "Project type", ENTER, "Deployment", ENTER, "Stack", ENTER,
                "Team", ENTER, "Agent tools", ENTER);
        assertThat(init(typing)).isZero();
        assertThat(out.toString()).contains("already up to date");
        assertThat(Files.readString(target.resolve(".agentry/answers.yml"))).contains("stack: python-fastapi",
                "deployment: kubernetes");
        assertThat(terminal.shown()).doesNotContain("found ");
    }

    /** A mobile app found: the team question pre-checks the mobile engineer the evidence calls for, and says why. */
    @Test
    void theTeamPrechecksTheMembersTheEvidenceCallsFor() throws Exception {
        goOnFly();
        Files.createDirectories(target.resolve("app"));
        Files.writeString(target.resolve("app/pubspec.yaml"), "name: shop_app\ndependencies:\n  flutter:\n    sdk: flutter\n");
        Future<?> typing = terminal.type("Project name", ENTER, "Team", ENTER, "Agent tools", ENTER, "Write these files?", ENTER);
        assertThat(init(typing, "--project-type", "backend-api", "--deployment", "fly-io", "--stack", "go")).isZero();
        assertThat(terminal.shown()).contains("adds mobile-engineer: found app/pubspec.yaml");
        assertThat(target.resolve(".claude/agents/mobile-engineer.md")).exists();
        assertThat(Files.readString(target.resolve(".agentry/answers.yml"))).contains("mobile-engineer");
    }

    /** Detection does not run when the line gives every answer it could propose, nor over a team's stored answers. */
    @Test
    void detectionRunsOnlyWhenAQuestionCanUseIt() throws Exception {
        goOnFly();
        Request all = CommonOpts.request(ArgvParser.parse(init, List.of("--target", target.toString(), "--project-type", "backend-api",
                "--deployment", "aws", "--stack", "go", "--agents", "backend-engineer")));
        Request some = CommonOpts.request(ArgvParser.parse(init, List.of("--target", target.toString(), "--project-type", "backend-api")));
        assertThat(InitCommand.detects(all, new Catalogs.Start("shop", false))).isFalse();
        assertThat(InitCommand.detects(some, new Catalogs.Start("shop", true))).isFalse();
        assertThat(InitCommand.detects(some, new Catalogs.Start("shop", false))).isTrue();
    }
}
