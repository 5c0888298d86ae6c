package dev.agentry.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.agentry.catalog.Palette;
import dev.agentry.codec.Codec;
import dev.agentry.codec.YamlMapping;
import dev.agentry.format.ClaudeFormat;
import dev.agentry.support.AgentryException;

/**
 * What makes a file of {@code .claude/agents/} a Claude Code subagent agentry stands behind: strict-YAML frontmatter
 * with a valid name (its file's), a description on one double-quoted line, a known model and color and no other keys,
 * then instructions of a useful length with the team's sections.
 */
final class SubagentRules {

    private static final Pattern PATH = Pattern.compile(Pattern.quote(ClaudeFormat.AGENTS_FOLDER) + "[a-z0-9-]+\\.md");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,48}[a-z0-9]");
    private static final Pattern DESCRIPTION_LINE = Pattern.compile("description: \"[^\\n]+\"");
    private static final Pattern PARSE_LINE = Pattern.compile("^frontmatter:(\\d+)(?::\\d+)?:? ?");
    private static final Set<String> KEYS = Set.of("name", "description", "model", "color", "tools", "memory");

    /** The sections every agent of the team has, in the seed template's order. */
    static final List<String> SECTIONS = List.of("Role", "Core Responsibilities", "Approach", "Delegation Triggers",
            "Key Principles", "Collaboration", "Quality Standards");

    /** Instructions shorter than this are too thin to guide an agent. */
    static final int MINIMUM_BODY = 2_500;

    private SubagentRules() {
    }

    static boolean applies(String path) {
        return path.startsWith(ClaudeFormat.AGENTS_FOLDER);
    }

    static List<Problem> check(String path, String text) {
        List<Problem> problems = new ArrayList<>();
        if (!PATH.matcher(path).matches()) {
            problems.add(new Problem(path, 0, "subagent-path", "a subagent file is " + ClaudeFormat.AGENTS_FOLDER
                    + "NAME.md, NAME of lowercase letters, digits and '-'"));
        }
        int end = text.startsWith("---\n") ? text.indexOf("\n---\n", 3) : -1;
        if (end < 0) {
            problems.add(new Problem(path, 1, "frontmatter", "the file must start with a YAML frontmatter block between two"
                    + " '---' lines"));
            return problems;
        }
        String frontmatter = text.substring(4, end + 1);
        YamlMapping fields;
        try {
            fields = Codec.readYamlMapping(frontmatter, "frontmatter");
        }
        catch (AgentryException e) {
            Matcher at = PARSE_LINE.matcher(e.getMessage());
            boolean located = at.find();
            problems.add(new Problem(path, located ? Integer.parseInt(at.group(1)) + 1 : 2, "frontmatter",
                    "the frontmatter is not strict YAML: " + (located ? e.getMessage().substring(at.end()) : e.getMessage())));
            return problems;
        }
        fields(path, frontmatter, fields, problems);
        body(path, text, end + 5, problems);
        return problems;
    }

    private static void fields(String path, String frontmatter, YamlMapping fields, List<Problem> problems) {
        Map<String, Object> values = fields.values();
        String fileName = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
        Object name = values.get("name");
        if (!(name instanceof String text) || !NAME.matcher(text).matches() || !text.equals(fileName)) {
            problems.add(new Problem(path, line(fields, "name"), "name", "'name' must be the file's name, '" + fileName
                    + "' (lowercase letters, digits and '-', 3 to 50 characters), not " + shown(name)));
        }
        List<String> descriptionLines = frontmatter.lines().filter(l -> l.startsWith("description:")).toList();
        if (descriptionLines.size() != 1 || !DESCRIPTION_LINE.matcher(descriptionLines.get(0)).matches()
                || String.valueOf(values.get("description")).isBlank()) {
            problems.add(new Problem(path, line(fields, "description"), "description", "'description' must be one"
                    + " double-quoted line of text: Claude Code delegates by it"));
        }
        Object model = values.get("model");
        if (!(model instanceof String text) || !Palette.isModel(text)) {
            problems.add(new Problem(path, line(fields, "model"), "model", "'model' must be one of "
                    + String.join(", ", Palette.MODEL_ALIASES) + " or a full model id, not " + shown(model)));
        }
        Object color = values.get("color");
        if (!(color instanceof String text) || !Palette.isColor(text)) {
            problems.add(new Problem(path, line(fields, "color"), "color", "'color' must be one of "
                    + String.join(", ", Palette.COLORS) + ", not " + shown(color)));
        }
        values.keySet().stream().filter(k -> !KEYS.contains(k)).forEach(k -> problems.add(new Problem(path, line(fields, k),
                "frontmatter", "unknown key '" + k + "': a subagent's frontmatter holds " + String.join(", ",
                List.of("name", "description", "model", "color", "tools", "memory")))));
    }

    private static void body(String path, String text, int start, List<Problem> problems) {
        String body = text.substring(Math.min(start, text.length()));
        if (body.length() < MINIMUM_BODY) {
            problems.add(new Problem(path, Lines.at(text, start), "body", "the instructions are " + body.length()
                    + " characters long; an agent needs at least " + MINIMUM_BODY + " to work from"));
        }
        for (String section : SECTIONS) {
            if (!("\n" + body).contains("\n# " + section + "\n")) {
                problems.add(new Problem(path, 0, "sections", "the instructions have no '# " + section + "' section"));
            }
        }
    }

    private static int line(YamlMapping fields, String key) {
        // the frontmatter starts on the file's second line
        Integer line = fields.keyLines().get(key);
        return line == null ? 1 : line + 1;
    }

    private static String shown(Object value) {
        return value == null ? "nothing" : "'" + value + "'";
    }
}
