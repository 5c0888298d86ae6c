package dev.agentry.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.agentry.catalog.Surface;
import dev.agentry.codec.Codec;
import dev.agentry.compose.Team;
import dev.agentry.plan.DesiredFile;

/**
 * agentry's entries in Claude Code's {@code .claude/settings.json}: {@code allow} rules for the stack's build, test and
 * lint commands, {@code ask} rules for the deployment's production commands, {@code deny} rules that keep secrets from
 * being read, and with agent teams on the experimental flag in {@code env}. The file is the user's too: agentry's
 * entries are merged into it entry by entry ({@link DesiredFile#ENTRIES}).
 */
public final class ClaudeSettings {

    public static final String PATH = ".claude/settings.json";
    public static final String SETTING = "claude-settings";
    public static final String AGENT_TEAMS = "agent-teams";
    /** Claude Code's switch for its experimental agent teams (FORMATS.md). */
    public static final String AGENT_TEAMS_ENV = "CLAUDE_CODE_EXPERIMENTAL_AGENT_TEAMS";

    private static final List<String> KINDS = List.of("build", "test", "lint");

    private ClaudeSettings() {
    }

    /** The settings file's entries, or empty when the setting is off. */
    static Optional<DesiredFile> file(Team team) {
        if (!team.enabled(SETTING)) {
            return Optional.empty();
        }
        return Optional.of(DesiredFile.entries(PATH, Codec.writeJson(wanted(team))));
    }

    /** True when the team turned Claude Code's agent teams on (off unless set). */
    public static boolean agentTeams(Team team) {
        return Boolean.TRUE.equals(team.settings().get(AGENT_TEAMS));
    }

    /** The entries agentry wants, shaped like the settings file. */
    static Map<String, Object> wanted(Team team) {
        Set<String> ask = new LinkedHashSet<>();
        commands(team.variables().get("production-commands")).forEach(c -> ask.add(bash(c)));
        Set<String> allow = new LinkedHashSet<>();
        for (String command : checkCommands(team)) {
            String rule = bash(command);
            if (!ask.contains(rule)) {
                allow.add(rule);
            }
        }
        List<String> deny = team.catalog().secretFiles().stream().map(p -> "Read(" + p + ")").toList();
        Map<String, Object> permissions = new LinkedHashMap<>();
        permissions.put("allow", new ArrayList<>(allow));
        permissions.put("ask", new ArrayList<>(ask));
        permissions.put("deny", new ArrayList<>(deny));
        permissions.values().removeIf(list -> ((List<?>) list).isEmpty());
        Map<String, Object> wanted = new LinkedHashMap<>();
        wanted.put("permissions", permissions);
        if (agentTeams(team)) {
            wanted.put("env", new LinkedHashMap<>(Map.of(AGENT_TEAMS_ENV, "1")));
        }
        return wanted;
    }

    /**
     * The build, test and lint commands of every surface the team works on, as the agents run them: a surface with
     * variables of its own through its copies ({@code web-test-command}), the pipelines and models through the general
     * ones; each command of a chain ({@code a && b}) on its own, as Claude Code checks each of them.
     */
    static List<String> checkCommands(Team team) {
        Set<String> commands = new LinkedHashSet<>();
        for (String surface : team.surfaces()) {
            Surface spec = team.catalog().surfaces().get(surface);
            String prefix = spec != null && spec.describedByVariables() ? surface + "-" : "";
            for (String kind : KINDS) {
                commands(team.variables().get(prefix + kind + "-command")).forEach(commands::add);
            }
        }
        return new ArrayList<>(commands);
    }

    /** A command variable's commands (a text or a list; "none" is none), each part of a chain on its own. */
    private static List<String> commands(Object value) {
        List<String> commands = new ArrayList<>();
        List<?> values = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        for (Object item : values) {
            for (String part : String.valueOf(item).split("&&")) {
                String command = part.strip();
                // a rule ends at its closing parenthesis, so a command with one cannot be written as a rule
                if (!command.isEmpty() && !command.equals("none") && command.indexOf('(') < 0 && command.indexOf(')') < 0) {
                    commands.add(command);
                }
            }
        }
        return commands;
    }

    /** A Bash rule that matches the command and the command with more arguments. */
    private static String bash(String command) {
        return "Bash(" + command + ":*)";
    }
}
