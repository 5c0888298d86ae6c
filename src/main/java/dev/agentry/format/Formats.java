package dev.agentry.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.agentry.plan.DesiredFile;
import dev.agentry.render.RenderedTeam;

/** The agent tools agentry can write a team for, by target id. */
public final class Formats {

    /** In the order the wizard lists them; the first is the default target. */
    private static final List<ToolFormat> ALL = List.of(new ClaudeFormat(), new AgentsMdFormat(), new CopilotFormat(),
            new GeminiFormat(), new OpenCodeFormat(), new CodexFormat(), new QwenFormat(), new KiloFormat(), new DroidFormat(),
            new CursorFormat(), new KiroFormat(), new RooFormat(), new AugmentFormat());

    private Formats() {
    }

    public static List<ToolFormat> all() {
        return ALL;
    }

    public static List<String> ids() {
        return ALL.stream().map(ToolFormat::id).toList();
    }

    public static Optional<ToolFormat> byId(String id) {
        return ALL.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /**
     * A file (or block) of the team and the targets that want it: the AGENTS.md team block is wanted by agents-md and
     * by cursor alike, and is written once.
     */
    public record Owned(DesiredFile file, List<ToolFormat> formats) {

        public Owned {
            formats = List.copyOf(formats);
        }
    }

    /** Every file of the team in these formats, in order, each once (the first format to want it places it). */
    public static List<Owned> files(List<ToolFormat> formats, RenderedTeam team) {
        Map<String, DesiredFile> files = new LinkedHashMap<>();
        Map<String, List<ToolFormat>> owners = new LinkedHashMap<>();
        for (ToolFormat format : formats) {
            for (DesiredFile file : format.files(team)) {
                files.putIfAbsent(file.key(), file);
                owners.computeIfAbsent(file.key(), k -> new ArrayList<>()).add(format);
            }
        }
        List<Owned> out = new ArrayList<>();
        files.forEach((key, file) -> out.add(new Owned(file, owners.get(key))));
        return out;
    }
}
