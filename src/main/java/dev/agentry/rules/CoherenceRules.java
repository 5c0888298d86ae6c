package dev.agentry.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.Palette;
import dev.agentry.compose.Member;
import dev.agentry.format.AgentsMdFormat;
import dev.agentry.format.ClaudeFormat;
import dev.agentry.render.RenderedAgent;

/**
 * What makes a team coherent: its files name only roles it has, each agent's Collaboration section names exactly its
 * teammates, the AGENTS.md block lists every member, and the descriptions (which Claude Code reads all of, always) fit
 * a budget, with a color of its own for each agent while the palette lasts.
 */
final class CoherenceRules {

    /** The most characters all descriptions of a team may take together. */
    static final int DESCRIPTION_BUDGET = 2_500;

    private static final Pattern COLLABORATOR = Pattern.compile("^- \\*\\*With [^*]+\\*\\* \\(`([a-z0-9-]+)`\\)",
            Pattern.MULTILINE);

    private CoherenceRules() {
    }

    static List<Problem> check(TeamOutput output) {
        List<Problem> problems = new ArrayList<>();
        Set<String> members = new HashSet<>();
        output.team().members().forEach(m -> members.add(m.name()));
        Map<String, String> absent = absent(output.team().catalog(), members);
        output.files().forEach((path, text) -> mentions(path, text, absent, problems));
        for (Member member : output.team().members()) {
            String path = ClaudeFormat.AGENTS_FOLDER + member.name() + ".md";
            String text = output.files().get(path);
            if (text != null) {
                collaboration(path, text, member, members, problems);
            }
        }
        String agentsMd = output.files().get(AgentsMdFormat.AGENTS_MD + "#" + AgentsMdFormat.BLOCK);
        if (agentsMd != null) {
            output.team().members().stream().filter(m -> !agentsMd.contains("#### " + m.title() + " (`" + m.name() + "`)\n"))
                    .forEach(m -> problems.add(new Problem(AgentsMdFormat.AGENTS_MD + "#" + AgentsMdFormat.BLOCK, 0, "roster",
                            "the team block lists no '#### " + m.title() + " (`" + m.name() + "`)' for a member of the team")));
        }
        descriptions(output, problems);
        return problems;
    }

    /** The roles and deployment agents of the catalogue the team does not have: id to display name. */
    private static Map<String, String> absent(Catalog catalog, Set<String> members) {
        Map<String, String> absent = new LinkedHashMap<>();
        catalog.roles().stream().filter(r -> !members.contains(r.id())).forEach(r -> absent.put(r.id(), r.name()));
        catalog.deployments().stream().filter(d -> !members.contains(d.agent())).forEach(d -> absent.put(d.agent(), d.agentName()));
        return absent;
    }

    private static void mentions(String path, String text, Map<String, String> absent, List<Problem> problems) {
        String lower = text.toLowerCase(Locale.ROOT);
        absent.forEach((id, name) -> {
            for (String mention : List.of(id, name.toLowerCase(Locale.ROOT))) {
                int at = lower.indexOf(mention);
                if (at >= 0) {
                    problems.add(new Problem(path, Lines.at(text, at), "absent-role", "names '" + mention + "', a role this"
                            + " team does not have: an agent would hand work to nobody"));
                    break;
                }
            }
        });
    }

    private static void collaboration(String path, String text, Member member, Set<String> members, List<Problem> problems) {
        int start = text.indexOf("\n# Collaboration\n");
        if (start < 0) {
            // the missing section itself is a subagent rule
            return;
        }
        int end = text.indexOf("\n# ", start + 5);
        String section = text.substring(start, end < 0 ? text.length() : end);
        Set<String> named = new TreeSet<>();
        Matcher matcher = COLLABORATOR.matcher(section);
        while (matcher.find()) {
            named.add(matcher.group(1));
        }
        Set<String> expected = new TreeSet<>(members);
        expected.remove(member.name());
        if (!named.equals(expected)) {
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(named);
            Set<String> extra = new TreeSet<>(named);
            extra.removeAll(expected);
            problems.add(new Problem(path, Lines.at(text, start + 1), "collaboration", "the Collaboration section must name"
                    + " each teammate once as '- **With Title** (`name`)'" + (missing.isEmpty() ? "" : "; missing: "
                    + String.join(", ", missing)) + (extra.isEmpty() ? "" : "; not teammates: " + String.join(", ", extra))));
        }
    }

    private static void descriptions(TeamOutput output, List<Problem> problems) {
        List<RenderedAgent> agents = output.rendered().agents();
        int total = agents.stream().mapToInt(a -> a.description().length()).sum();
        if (total > DESCRIPTION_BUDGET) {
            RenderedAgent longest = agents.stream().max((a, b) -> Integer.compare(a.description().length(),
                    b.description().length())).orElseThrow();
            problems.add(new Problem(ClaudeFormat.AGENTS_FOLDER + longest.name() + ".md", 3, "description-budget", "the team's"
                    + " descriptions take " + total + " characters, more than " + DESCRIPTION_BUDGET + " (Claude Code reads"
                    + " all of them in every conversation); this one, the longest, takes " + longest.description().length()));
        }
        Map<String, String> firstWithColor = new LinkedHashMap<>();
        List<Member> members = output.team().members();
        for (Member member : members) {
            String other = firstWithColor.putIfAbsent(member.color(), member.name());
            // a color may repeat only once the palette is used up
            if (other != null && firstWithColor.size() < Palette.COLORS.size()) {
                problems.add(new Problem(ClaudeFormat.AGENTS_FOLDER + member.name() + ".md", 0, "color", "the color '"
                        + member.color() + "' is also " + other + "'s, while colors of the palette are unused: each agent"
                        + " gets a color of its own while the " + Palette.COLORS.size() + " last"));
            }
        }
    }
}
