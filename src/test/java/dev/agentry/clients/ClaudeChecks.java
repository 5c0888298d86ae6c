package dev.agentry.clients;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Claude Code shows of the rest of its team, beyond the subagents: every workflow skill listed in its request,
 * the settings loaded without a complaint in its debug log, and the team exported as a plugin that
 * {@code claude plugin validate --strict} accepts.
 */
final class ClaudeChecks {

    static final String SKILLS = "The following skills are available for use with the Skill tool:";
    static final String DEBUG_LOG = "debug.txt";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ClaudeChecks() {
    }

    /** The skills of the repository Claude Code was given: name to description, from each SKILL.md. */
    static Map<String, String> skillFiles(Path repo) throws IOException {
        Map<String, String> skills = new LinkedHashMap<>();
        for (Path folder : AgentClient.files(repo.resolve(".claude/skills"), "")) {
            Path file = folder.resolve("SKILL.md");
            if (Files.isRegularFile(file)) {
                AgentFile.Markdown md = AgentFile.markdown(file);
                skills.put(md.fields().path("name").asString(), md.fields().path("description").asString());
            }
        }
        return skills;
    }

    /** The skills a request lists for the Skill tool, as {@code - name: description} lines. */
    static Map<String, String> listedSkills(RecordedRequest request) {
        Map<String, String> skills = new LinkedHashMap<>();
        for (String text : request.strings()) {
            int at = text.indexOf(SKILLS);
            if (at < 0) {
                continue;
            }
            for (String line : text.substring(at + SKILLS.length()).split("\n")) {
                if (line.isBlank() && skills.isEmpty()) {
                    continue;
                }
                if (!line.startsWith("- ")) {
                    break;
                }
                int colon = line.indexOf(": ");
                if (colon > 2) {
                    skills.put(line.substring(2, colon), line.substring(colon + 2));
                }
            }
        }
        return skills;
    }

    static void listsEverySkill(ClientRun.Result r) throws IOException {
        Map<String, String> files = skillFiles(r.scratch().resolve("repo"));
        assertThat(files).as("the team's skills").isNotEmpty().containsKeys("feature", "release");
        Map<String, String> listed = new LinkedHashMap<>();
        r.requests().stream().filter(q -> q.body() != null).forEach(q -> listedSkills(q).forEach(listed::putIfAbsent));
        files.forEach((name, description) -> assertThat(listed).as("skills Claude Code offered the model; %s", r.summary())
                .containsEntry(name, description));
    }

    static void loadsTheSettings(ClientRun.Result r) throws IOException {
        Path log = r.scratch().resolve(DEBUG_LOG);
        assertThat(log).as("Claude Code's debug log").exists();
        String debug = Files.readString(log, StandardCharsets.UTF_8);
        String stderr = Files.readString(r.scratch().resolve("stderr.txt"), StandardCharsets.UTF_8);
        assertThat(debug + stderr).as("what Claude Code said of the settings").doesNotContainIgnoringCase("did not load")
                .doesNotContain("Invalid setting").doesNotContain("Invalid settings");
        JsonNode settings = JSON.readTree(r.scratch().resolve("repo/.claude/settings.json").toFile());
        JsonNode permissions = settings.path("permissions");
        // each list reaches Claude Code's permission rules whole: deny and ask at once, allow once the folder is trusted
        for (String kind : List.of("deny", "ask")) {
            int count = permissions.path(kind).size();
            assertThat(count).as("%s rules in the settings", kind).isPositive();
            assertThat(debug).as("Claude Code's debug log: the %s rules", kind).contains("Adding " + count + " " + kind + " rule(s)");
        }
        int allow = permissions.path("allow").size();
        assertThat(allow).isPositive();
        assertThat(debug).as("Claude Code's debug log: the allow rules").containsAnyOf("Adding " + allow + " allow rule(s)",
                "Dropped " + allow + " project-scoped permissions.allow entries");
    }

    /**
     * Exports the team as a plugin (and a marketplace) with the packaged agentry, then runs {@code claude plugin
     * validate --strict} on it, as a plugin alone and with its marketplace: both pass and list every agent and skill.
     */
    static void exportValidates(ClientRun.Result r, Path claude) throws Exception {
        Path repo = r.team().repo();
        List<String> agents = new ArrayList<>();
        for (Path file : AgentClient.files(repo.resolve(".claude/agents"), ".md")) {
            agents.add(AgentFile.markdown(file).fields().path("name").asString());
        }
        Map<String, String> skills = skillFiles(repo);
        for (boolean marketplace : List.of(false, true)) {
            Path out = Files.createTempDirectory(r.scratch(), marketplace ? "marketplace-" : "plugin-");
            List<String> export = new ArrayList<>(List.of("export", "plugin", "--target", repo.toString(), "--out",
                    out.toString(), "--force"));
            if (marketplace) {
                export.add("--marketplace");
            }
            run(agentry(export), r.scratch(), r.scratch().resolve("export.txt"));
            Path report = r.scratch().resolve("validate-" + out.getFileName() + ".txt");
            int exit = run(List.of(claude.toString(), "plugin", "validate", "--strict", out.toString()), r.scratch(), report);
            String said = Files.readString(report, StandardCharsets.UTF_8);
            assertThat(exit).as("claude plugin validate --strict %s:%n%s", out, said).isZero();
            assertThat(said).contains("Validation passed");
            String provides = said.substring(Math.max(0, said.indexOf("Provides:")));
            Pattern listed = Pattern.compile("❯ (agents|skills): ([^:\\s]+):([a-z0-9-]+)");
            Map<String, List<String>> found = new LinkedHashMap<>();
            Matcher matcher = listed.matcher(provides);
            while (matcher.find()) {
                found.computeIfAbsent(matcher.group(1), k -> new ArrayList<>()).add(matcher.group(3));
            }
            assertThat(found.get("agents")).as("agents the export provides").containsExactlyInAnyOrderElementsOf(agents);
            assertThat(found.get("skills")).as("skills the export provides").containsExactlyInAnyOrderElementsOf(skills.keySet());
        }
    }

    private static List<String> agentry(List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of(System.getProperty("agentry.jar", "target/agentry.jar")).toAbsolutePath().toString()));
        command.addAll(args);
        return command;
    }

    /** Runs a command with a throwaway home, no network but loopback, and its output in a file; returns its exit code. */
    private static int run(List<String> command, Path scratch, Path output) throws IOException, InterruptedException {
        Path home = Files.createDirectories(scratch.resolve("validate-home"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(scratch.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.put("HOME", home.toString());
        env.put("CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC", "1");
        env.put("DISABLE_AUTOUPDATER", "1");
        env.put("DISABLE_TELEMETRY", "1");
        env.put("NO_COLOR", "1");
        env.put("HTTPS_PROXY", "http://127.0.0.1:9");
        env.put("HTTP_PROXY", "http://127.0.0.1:9");
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        int exit = process.exitValue();
        assertThat(exit == 0 || !command.get(0).endsWith("java")).as("agentry export: %s", Files.readString(output)).isTrue();
        return exit;
    }
}
