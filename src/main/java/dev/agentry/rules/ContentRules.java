package dev.agentry.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.ProjectType;
import dev.agentry.compose.Member;
import dev.agentry.compose.Team;
import dev.agentry.format.ClaudeSkills;
import dev.agentry.render.RenderedAgent;

/**
 * The content lint ({@link ContentLint}) as a rule set: each finding about a team's text becomes a problem of the file
 * that holds it (an agent's first file, in the order of the team's agent tools, or a managed block), at the line of
 * what was found.
 */
public final class ContentRules implements TeamRule {

    @Override
    public List<Problem> check(TeamOutput team) {
        return ContentLint.run(sample(team)).stream().map(finding -> problem(finding, team)).distinct().toList();
    }

    /**
     * What the checks see of a rendered team. The surfaces are those of the builders on the team (else the stack's),
     * worked out here rather than by the composer, so that the lint does not take the composer's word for them.
     */
    static ContentLint.Sample sample(TeamOutput output) {
        Team team = output.team();
        Catalog catalog = team.catalog();
        Set<String> roles = team.members().stream().filter(m -> !m.deployment()).map(m -> m.spec().id())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> surfaces = new LinkedHashSet<>();
        ContentLint.BUILDERS.forEach((surface, role) -> {
            if (roles.contains(role)) {
                surfaces.add(surface);
            }
        });
        if (surfaces.isEmpty()) {
            surfaces.addAll(team.stack().surfaces());
        }
        Map<String, List<String>> surfaceVariables = new LinkedHashMap<>();
        team.variables().forEach((key, value) -> catalog.surfaceOf(key).ifPresent(surface -> surfaceVariables
                .computeIfAbsent(surface, s -> new ArrayList<>()).add(String.valueOf(value))));
        // pipelines and models work on the data store and in the stack's general tools
        for (String surface : List.of("data", "ai")) {
            List<String> values = surfaceVariables.computeIfAbsent(surface, s -> new ArrayList<>());
            for (String key : List.of("language", "testing-framework", "integration-framework", "e2e-framework", "database",
                    "data-access", "monitoring", "build-tool", "lint-tools", "backend-framework", "api-style")) {
                values.add(String.valueOf(team.variables().get(key)));
            }
        }
        Map<String, List<String>> databaseSurfaces = new LinkedHashMap<>();
        Map<String, List<String>> workloads = team.stack().workloads();
        if (workloads != null) {
            workloads.getOrDefault("database", List.of()).forEach(surface -> databaseSurfaces.put(surface,
                    List.of(String.valueOf(team.variables().get("database")))));
        }
        List<ContentLint.Agent> agents = new ArrayList<>();
        for (RenderedAgent agent : output.rendered().agents()) {
            Member member = team.member(agent.name()).orElseThrow();
            agents.add(new ContentLint.Agent(agent.name(), member.spec().id(), agent.description(), agent.body(), agent.tools(),
                    agent.deployment()));
        }
        Map<String, String> documents = new LinkedHashMap<>();
        output.files().forEach((path, text) -> {
            // the managed blocks and the workflow skills: documents the main agent reads
            if (path.contains("#") || path.startsWith(ClaudeSkills.FOLDER)) {
                documents.put(path, text);
            }
        });
        String label = team.projectType().id() + " " + team.stack().id() + " " + team.deployment().id() + " " + roles;
        return new ContentLint.Sample(label, surfaces, surfaceVariables, databaseSurfaces, team.variables(), agents, documents,
                catalog.projectTypes().stream().map(ProjectType::name).toList(), team.deployment().id());
    }

    /** The finding in the file that holds it, at the line of its excerpt (0 when it is about something missing). */
    private static Problem problem(ContentLint.Finding finding, TeamOutput team) {
        String rule = finding.check().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        Optional<String> file = team.files().containsKey(finding.where()) ? Optional.of(finding.where())
                : agentFile(finding.where(), team);
        if (file.isEmpty()) {
            // a variable's value: shown where the team's files first say it
            String excerpt = finding.excerpt();
            file = excerpt == null ? Optional.empty()
                    : team.files().entrySet().stream().filter(f -> f.getValue().contains(excerpt)).map(Map.Entry::getKey)
                            .findFirst();
            String message = finding.where() + ": " + finding.detail();
            return file.map(f -> new Problem(f, line(team.files().get(f), excerpt), rule, message))
                    .orElseGet(() -> new Problem(finding.where(), 0, rule, finding.detail()));
        }
        return new Problem(file.get(), line(team.files().get(file.get()), finding.excerpt()), rule, finding.detail());
    }

    /** The first file written for this agent (Claude Code's {@code .claude/agents/NAME.md} when the team has it). */
    private static Optional<String> agentFile(String agent, TeamOutput team) {
        return team.files().keySet().stream().filter(path -> !path.contains("#") && path.contains("/"))
                .filter(path -> path.substring(path.lastIndexOf('/') + 1).replaceFirst("(\\.agent)?\\.(md|toml)$", "")
                        .equals(agent))
                .findFirst();
    }

    private static int line(String text, String excerpt) {
        return excerpt == null ? 0 : Lines.of(text, excerpt, 0);
    }
}
