package dev.agentry.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.agentry.catalog.LegacyAgent;
import dev.agentry.catalog.Palette;
import dev.agentry.compose.Member;
import dev.agentry.compose.Team;
import dev.agentry.support.AgentryException;
import dev.agentry.support.Suggestions;

/**
 * Fills the {@code {{UPPER_SNAKE}}} placeholders of a legacy agent file from the answers and variables. All
 * other text is copied literally: nothing in the file is evaluated as template code.
 */
public final class LegacyRenderer {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Z][A-Z0-9_]*)\\s*}}");

    private LegacyRenderer() {
    }

    static RenderedAgent render(LegacyAgent legacy, Team team, Member member) {
        Map<String, String> values = placeholders(team);
        Set<String> known = knownPlaceholders(team);
        Map<String, String> fm = legacy.frontmatter();
        String description = Tidy.oneLine(fill(fm.getOrDefault("description", ""), legacy, 2, values, known));
        if (description.isEmpty()) {
            throw AgentryException.usage(legacy.source() + ": the frontmatter has no 'description'; Claude Code needs one to"
                    + " know when to delegate to this agent.");
        }
        String body = Tidy.markdown(fill(legacy.body(), legacy, legacy.bodyLine(), values, known));
        String model = fm.containsKey("model") && Palette.isModel(fm.get("model")) ? fm.get("model") : member.spec().model();
        return new RenderedAgent(member.name(), member.title(), description, Palette.isModel(model) ? model : "inherit",
                member.color(), member.spec().tools(), member.stage().id(), member.deployment(), body);
    }

    /** The values of every placeholder this team can fill. */
    public static Map<String, String> placeholders(Team team) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("PROJECT_NAME", team.answers().projectName());
        values.put("PROJECT_TYPE", team.projectType().name());
        values.put("PROJECT_TYPE_ID", team.projectType().id());
        values.put("DEPLOYMENT_AGENT", team.deploymentAgent().name());
        values.put("DEPLOYMENT_PLATFORM", team.deployment().name());
        values.put("TECH_STACK", team.stack().name());
        team.variables().forEach((key, value) -> values.put(Names.upperSnake(key), text(value)));
        return values;
    }

    /** Every placeholder name agentry knows, whether or not this team gives it a value. */
    private static Set<String> knownPlaceholders(Team team) {
        Set<String> known = new TreeSet<>(placeholders(team).keySet());
        known.addAll(known(team.catalog()));
        return known;
    }

    /** The placeholders a team of this catalogue fills: the answers' own and one per variable ({@code TEST_COMMAND}). */
    public static Set<String> known(dev.agentry.catalog.Catalog catalog) {
        Set<String> known = new TreeSet<>(List.of("PROJECT_NAME", "PROJECT_TYPE", "PROJECT_TYPE_ID", "DEPLOYMENT_AGENT",
                "DEPLOYMENT_PLATFORM", "TECH_STACK"));
        catalog.variableKeys().forEach(key -> known.add(Names.upperSnake(key)));
        return known;
    }

    private static String fill(String text, LegacyAgent legacy, int firstLine, Map<String, String> values, Set<String> known) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = values.get(name);
            if (value == null) {
                int line = firstLine + (int) text.substring(0, matcher.start()).chars().filter(c -> c == '\n').count();
                if (known.contains(name)) {
                    throw AgentryException.usage(legacy.source() + ":" + line + ": placeholder {{" + name + "}} has no value for"
                            + " this stack; set it with --set " + name.toLowerCase().replace('_', '-') + "=VALUE.");
                }
                throw AgentryException.usage(legacy.source() + ":" + line + ": unknown placeholder {{" + name + "}}."
                        + Suggestions.didYouMean(name, known) + " Known placeholders: " + String.join(", ", known) + ".");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
