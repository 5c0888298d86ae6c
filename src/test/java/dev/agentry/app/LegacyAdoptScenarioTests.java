package dev.agentry.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.agentry.Trees;
import dev.agentry.cli.CliHarness;
import dev.agentry.codec.Codec;
import dev.agentry.cli.CliHarness.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A legacy team: the seed collection's backend engineer ({@code legacy/seed-backend-engineer.md}, a copy of the
 * seed file {@code 000_dddc7b5a6de283f6.txt}), installed in a Go repository with its {@code {{PROJECT_TYPE}}} and
 * {@code {{DEPLOYMENT_AGENT}}} never filled, and one placeholder of the team's own agentry has no value for.
 */
class LegacyAdoptScenarioTests {

    private static final String BACKEND = ".claude/agents/backend-engineer.md";
    private static final String ARCHITECT = ".claude/agents/solution-architect.md";
    private static final String TEAM_LINE = "\n- Ask {{TEAM_CHANNEL}} before any schema change\n";
    private static final String TEAM = "--project-type backend-api --stack go --deployment fly-io";

    @TempDir
    Path target;

    private String seed;

    @BeforeEach
    void aLegacyTeam() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/legacy/seed-backend-engineer.md")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8) + TEAM_LINE;
        }
        assertThat(seed).contains("{{PROJECT_TYPE}}", "{{DEPLOYMENT_AGENT}}");
        write(BACKEND, seed);
        // an agent of the collection that agentry has no role for
        write(ARCHITECT, "---\nname: solution-architect\ndescription: Designs {{PROJECT_TYPE}} systems.\n---\n\nOurs.\n");
        write("go.mod", "module example.com/shop\n\ngo 1.22\n\nrequire github.com/gin-gonic/gin v1.10.0\n");
    }

    @Test
    void detectNamesTheFilesThePlaceholdersAndThoseAgentryCannotFill() {
        Run text = run("detect", "");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("Legacy team: 2 agent files", BACKEND, ARCHITECT, "{{PROJECT_TYPE}}",
                "{{DEPLOYMENT_AGENT}}", "{{TEAM_CHANNEL}}", "--adopt keeps those the team writes as yours",
                "{{TEAM_CHANNEL}} agentry has no value for: left as it is");

        Run json = run("detect", "--json");
        Map<?, ?> legacy = (Map<?, ?>) Codec.readJsonMap(json.out(), "detect --json").get("legacyTeam");
        assertThat(legacy.get("files")).isEqualTo(List.of(BACKEND, ARCHITECT));
        assertThat(legacy.get("placeholders")).isEqualTo(List.of("PROJECT_TYPE", "DEPLOYMENT_AGENT", "TEAM_CHANNEL"));
        assertThat(legacy.get("unknown")).isEqualTo(List.of("TEAM_CHANNEL"));
    }

    @Test
    void withoutAdoptTheLegacyFileIsRefusedAndLeftAsItIs() throws IOException {
        Run run = run("generate", TEAM);
        assertThat(run.code()).isEqualTo(2);
        assertThat(read(BACKEND)).isEqualTo(seed);
    }

    @Test
    void dryRunShowsTheFilledPlaceholdersAndWritesNothing() throws IOException {
        var before = Trees.content(target);
        Run run = run("generate", TEAM + " --adopt --dry-run");
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("-- **With {{DEPLOYMENT_AGENT}}**", "+- **With flyio-deployment-engineer**");
        assertThat(Trees.content(target)).isEqualTo(before);
    }

    /**
     * The mechanism: the seed file with the placeholders the answers fill becomes the user's version (agentry's render
     * is its base), so it is byte for byte the user's text but for the placeholders, and every later update merges
     * into it as into any edit; a placeholder agentry has no value for stays, and the run names it.
     */
    @Test
    void adoptFillsThePlaceholdersAndKeepsEveryOtherLineAsWritten() throws IOException {
        Run adopt = run("generate", TEAM + " --adopt");
        assertThat(adopt.code()).as(adopt.out() + adopt.err()).isZero();
        String filled = seed.replace("{{PROJECT_TYPE}}", "Backend API").replace("{{DEPLOYMENT_AGENT}}",
                "flyio-deployment-engineer");
        assertThat(read(BACKEND)).isEqualTo(filled).contains("{{TEAM_CHANNEL}}");
        assertThat(adopt.out()).contains("filled {{PROJECT_TYPE}} (4), {{DEPLOYMENT_AGENT}} from the answers",
                "left {{TEAM_CHANNEL}} as is: agentry has no value for it");
        // the architect agentry has no role for is left alone, placeholders and all, and listed
        assertThat(read(ARCHITECT)).contains("Designs {{PROJECT_TYPE}} systems.");
        assertThat(adopt.out()).contains("left alone", ARCHITECT);

        Run check = run("check", "");
        assertThat(check.code()).as(check.out()).isZero();
        assertThat(check.out()).containsPattern("keep-yours +\\S*" + BACKEND.replace(".", "\\."));

        // an update merges agentry's changes into the user's file: every line of theirs stays, in order
        Run update = run("update", "--deployment aws");
        assertThat(update.code()).as(update.out()).isIn(0, 3);
        List<String> now = List.of(read(BACKEND).split("\n", -1));
        int at = 0;
        for (String line : filled.split("\n", -1)) {
            int found = now.subList(at, now.size()).indexOf(line);
            assertThat(found).as("line kept in order: %s", line).isNotNegative();
            at += found + 1;
        }
        // ... and agentry does not fill placeholders again once the file is the user's
        assertThat(read(BACKEND)).contains("{{TEAM_CHANNEL}}");
    }

    private Run run(String command, String options) {
        List<String> args = new ArrayList<>(List.of(command, "--target", target.toString()));
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
