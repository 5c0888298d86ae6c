package dev.agentry.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an agent's Markdown instructions section by section, so that documents such as AGENTS.md can show a
 * condensed form of each role (its Role paragraph and Core Responsibilities) instead of the whole body.
 */
final class Sections {

    private static final Pattern HEADING = Pattern.compile("(#{1,6})[ \\t]+(.*?)[ \\t#]*");

    private Sections() {
    }

    /**
     * Every section by the text of its heading, in order (the first of two equal headings wins). A section runs to
     * the next heading of the same or a higher level; its text has no leading or trailing blank lines.
     */
    static Map<String, String> of(String markdown) {
        List<String> lines = markdown.lines().toList();
        List<int[]> headings = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```") || line.startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            Matcher matcher = HEADING.matcher(line);
            if (!fenced && matcher.matches() && !matcher.group(2).isEmpty()) {
                headings.add(new int[] {i, matcher.group(1).length()});
                titles.add(matcher.group(2));
            }
        }
        Map<String, String> sections = new LinkedHashMap<>();
        for (int h = 0; h < headings.size(); h++) {
            int level = headings.get(h)[1];
            int end = lines.size();
            for (int next = h + 1; next < headings.size(); next++) {
                if (headings.get(next)[1] <= level) {
                    end = headings.get(next)[0];
                    break;
                }
            }
            sections.putIfAbsent(titles.get(h), trimBlankLines(lines.subList(headings.get(h)[0] + 1, end)));
        }
        return sections;
    }

    /** The text of each top-level "- " item of a section, continuation lines joined, in order. */
    static List<String> items(String section) {
        List<String> items = new ArrayList<>();
        StringBuilder item = null;
        for (String line : section.lines().toList()) {
            if (line.startsWith("- ")) {
                if (item != null) {
                    items.add(item.toString());
                }
                item = new StringBuilder(line.substring(2).strip());
            }
            else if (item != null && line.startsWith("  ") && !line.isBlank()) {
                item.append(' ').append(line.strip());
            }
            else if (item != null) {
                items.add(item.toString());
                item = null;
            }
        }
        if (item != null) {
            items.add(item.toString());
        }
        return items;
    }

    /** The first paragraph that is not a heading, or "" when there is none. */
    static String firstParagraph(String markdown) {
        List<String> paragraph = new ArrayList<>();
        for (String line : markdown.lines().toList()) {
            boolean heading = HEADING.matcher(line).matches();
            if (line.isBlank() || heading) {
                if (!paragraph.isEmpty()) {
                    break;
                }
                continue;
            }
            paragraph.add(line);
        }
        return String.join("\n", paragraph);
    }

    private static String trimBlankLines(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        return String.join("\n", lines.subList(from, to));
    }
}
