package dev.agentry.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.agentry.TestLayers;
import dev.agentry.codec.Codec;
import dev.agentry.pack.PackRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code agentry scaffolds check}: a good pack passes, a broken one is reported by file and line with exit 2. */
class ScaffoldsCheckTests {

    @TempDir
    Path home;

    /** The built-in code reviewer with one sentence of the organisation's added: a good pack. */
    static String goodReviewer() throws Exception {
        String builtIn = new String(ScaffoldsCheckTests.class.getResourceAsStream("/scaffolds/templates/code-reviewer.ftl")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return builtIn.replace("\n# Approach\n", "\n- **Acme Policy**: Every change names its ticket\n\n# Approach\n");
    }

    private PackHarness agentry;

    @org.junit.jupiter.api.BeforeEach
    void harness() {
        agentry = new PackHarness(home);
    }

    @Test
    void aGoodPackFolderChecksEveryCombinationWithTheReviewerAndPasses() throws Exception {
        Path pack = home.resolve("acme-team");
        TestLayers.write(pack, Map.of("catalog.yml", "name: acme-team\nversion: 1.0.0\n", "templates/code-reviewer.ftl",
                goodReviewer()));
        CliHarness.Run run = agentry.run("scaffolds", "check", pack.toString());
        assertThat(run.code()).as(run.err() + run.out()).isZero();
        assertThat(run.out()).contains("Checked acme-team 1.0.0 (the folder as it is): ", "No problems.")
                .containsPattern("\\): [1-9][0-9]+ combinations of project type x stack x deployment");
    }

    @Test
    void aBrokenPackIsReportedByFileAndLineWithTheCombinationsAndTheTemplateThatMadeIt() throws Exception {
        Path pack = home.resolve("broken");
        String broken = goodReviewer().replace("- **Acme Policy**: Every change names its ticket",
                "- **Acme Policy**: Ask the mobile-engineer about {{TICKET}}");
        TestLayers.write(pack, Map.of("templates/code-reviewer.ftl", broken));
        CliHarness.Run run = agentry.run("scaffolds", "check", pack.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).containsPattern("\\.claude/agents/code-reviewer\\.md:\\d+: '\\{\\{' is template syntax left in"
                + " the output")
                .contains("made by " + pack + "/templates/code-reviewer.ftl", "in backend-api ", " more")
                .contains(".codex/agents/code-reviewer.toml:", "names 'mobile-engineer', a role this team does not have")
                .containsPattern("\\d+ problems\\.");
        CliHarness.Run json = agentry.run("scaffolds", "check", pack.toString(), "--json");
        assertThat(json.code()).isEqualTo(2);
        assertThat(json.out()).contains("\"rule\": \"unresolved\"", "\"file\": \".claude/agents/code-reviewer.md\"",
                "\"exitCode\": 2");
    }

    @Test
    void aPackBreakingAContentLintRuleIsReportedByFileAndLineInTheTeamsItIsUntrueFor() throws Exception {
        Path pack = home.resolve("untrue");
        String untrue = goodReviewer().replace("- **Acme Policy**: Every change names its ticket",
                "- **Acme Policy**: Every change keeps its journeys green in Playwright");
        TestLayers.write(pack, Map.of("templates/code-reviewer.ftl", untrue));
        CliHarness.Run run = agentry.run("scaffolds", "check", pack.toString());
        assertThat(run.code()).as(run.err() + run.out()).isEqualTo(2);
        assertThat(run.out()).containsPattern("\\.claude/agents/code-reviewer\\.md:\\d+: 'Playwright' belongs to the web"
                + " surface, which this team does not work on \\(technology-outside-its-surface\\)")
                .contains("made by " + pack + "/templates/code-reviewer.ftl", "in backend-api ");
        CliHarness.Run json = agentry.run("scaffolds", "check", pack.toString(), "--json");
        List<String> combinations = new ArrayList<>();
        for (Object each : (List<?>) Codec.readJsonMap(json.out(), "output").get("problems")) {
            Map<?, ?> problem = (Map<?, ?>) each;
            assertThat(problem.get("rule")).isEqualTo("technology-outside-its-surface");
            assertThat(((Number) problem.get("line")).intValue()).isPositive();
            ((List<?>) problem.get("combinations")).forEach(c -> combinations.add(String.valueOf(c)));
        }
        // true of a team that builds a web surface: reported only for the teams without one
        assertThat(combinations).isNotEmpty().noneMatch(c -> c.startsWith("web-app ") || c.startsWith("web-frontend "));
    }

    @Test
    void aTemplateThatFailsToRenderIsReportedWithItsLine() throws Exception {
        Path pack = home.resolve("failing");
        TestLayers.write(pack, Map.of("templates/code-reviewer.ftl", "# Role\nReviews ${vars.noSuchVariable}\n"));
        CliHarness.Run run = agentry.run("scaffolds", "check", pack.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).contains(pack + "/templates/code-reviewer.ftl:2: ", "(render)");
    }

    @Test
    void aTaggedPackInGitIsCheckedAtItsRef() throws Exception {
        try (PackRepository repository = PackRepository.create(home.resolve("server"), "acme-team")) {
            repository.commit("good", Map.of("catalog.yml", "name: acme-team\nversion: 1.0.0\n", "templates/code-reviewer.ftl",
                    goodReviewer()));
            repository.tag("v1.0.0");
            repository.commit("broken", Map.of("templates/code-reviewer.ftl", "# Role\n{{X}}\n"));
            CliHarness.Run tagged = agentry.run("scaffolds", "check", repository.url() + "#v1.0.0");
            assertThat(tagged.code()).as(tagged.out() + tagged.err()).isZero();
            assertThat(tagged.out()).contains("Checked acme-team 1.0.0 (v1.0.0 (");
            assertThat(agentry.run("scaffolds", "check", repository.url() + "#main").code()).isEqualTo(2);
        }
    }

    @Test
    void aPackThatNeedsANewerAgentryOrDoesNotExistIsExit2() throws Exception {
        Path pack = home.resolve("future");
        TestLayers.write(pack, Map.of("catalog.yml", "name: future\nversion: 9.0.0\nrequires-agentry: \">=9\"\n"));
        CliHarness.Run run = agentry.run("scaffolds", "check", pack.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Scaffold pack future 9.0.0 needs agentry >=9 (");
        assertThat(agentry.run("scaffolds", "check", home.resolve("nowhere").toString()).err()).contains("does not exist");
        assertThat(agentry.run("scaffolds", "chek", pack.toString()).err()).contains("Did you mean 'check'?");
        assertThat(Files.exists(home.resolve("nowhere"))).isFalse();
    }
}
