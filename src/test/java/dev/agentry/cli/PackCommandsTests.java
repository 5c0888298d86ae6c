package dev.agentry.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.agentry.pack.PackRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Scaffold packs in git, as a user meets them: generate at a tag, edit, upgrade, offline, refused sources. */
class PackCommandsTests {

    static final String REVIEWER = ".claude/agents/code-reviewer.md";

    @TempDir
    Path home;

    @TempDir
    Path target;

    private PackHarness agentry;
    private PackRepository pack;

    @BeforeEach
    void pack() {
        agentry = new PackHarness(home);
        pack = PackRepository.create(home.resolve("server"), "acme-team");
        pack.commit("v1", files("1.0.0", "Reviewer v1"));
        pack.tag("v1.0.0");
    }

    @AfterEach
    void close() {
        pack.close();
    }

    static Map<String, String> files(String version, String line) {
        return Map.of("catalog.yml", "name: acme-team\nversion: " + version + "\nrequires-agentry: \">=0.1\"\n",
                "templates/code-reviewer.ftl", reviewer(line));
    }

    static String reviewer(String line) {
        return "<#import \"lib/team.ftl\" as t>\n# Role\n" + line + "\n\n# Checklist\n- one\n- two\n- three\n- four\n- five\n"
                + "- six\n\n<@t.collaboration/>\n";
    }

    private CliHarness.Run generate(String source) {
        return agentry.run("generate", "--target", target.toString(), "--project-type", "backend-api", "--deployment", "aws",
                "--stack", "go", "--scaffolds", source);
    }

    private String read(String path) throws Exception {
        return Files.readString(target.resolve(path));
    }

    @Test
    void generateAtATagRecordsTheSourceAsGivenAndTheCommitInTheState() throws Exception {
        CliHarness.Run run = generate(pack.url() + "#v1.0.0");
        assertThat(run.code()).as(run.err() + run.out()).isZero();
        assertThat(read(REVIEWER)).contains("Reviewer v1");
        assertThat(read(".agentry/answers.yml")).contains("- " + pack.url() + "#v1.0.0");
        assertThat(read(".agentry/state.json")).contains("\"format\": 3", "\"ref\": \"v1.0.0\"");
        System.out.println(run.out());
    }
}
