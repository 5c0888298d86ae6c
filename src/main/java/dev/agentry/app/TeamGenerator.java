package dev.agentry.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.agentry.catalog.Catalog;
import dev.agentry.compose.Composer;
import dev.agentry.compose.Team;
import dev.agentry.format.Formats;
import dev.agentry.format.ToolFormat;
import dev.agentry.interview.Answers;
import dev.agentry.plan.DesiredFile;
import dev.agentry.render.RenderedTeam;
import dev.agentry.render.TeamRenderer;

/**
 * The pure step from answers to files: the team the answers call for, rendered in memory and written in the format of
 * each agent tool they name. It reads no disk and knows nothing of what is there: a run plans from what it returns,
 * and the tests render teams through it over every combination.
 */
public final class TeamGenerator {

    private final Catalog catalog;
    private final TeamRenderer renderer;

    public TeamGenerator(Catalog catalog, TeamRenderer renderer) {
        this.catalog = catalog;
        this.renderer = renderer;
    }

    /**
     * A team and the files it wants on disk, before anything is compared with the disk.
     *
     * @param desired every file (or block) of the team, once each, with the formats that share it already merged
     */
    public record Generated(Team team, RenderedTeam rendered, List<DesiredFile> desired) {

        public Generated {
            desired = List.copyOf(desired);
        }

        /** The texts by path, or {@code path#block} for a block, in the order the files come. */
        public Map<String, String> texts() {
            Map<String, String> texts = new LinkedHashMap<>();
            for (DesiredFile file : desired) {
                texts.put(file.isBlock() ? file.path() + "#" + file.blockId() : file.path(), file.content());
            }
            return texts;
        }
    }

    /** The team the answers call for. */
    public Team compose(Answers answers) {
        return new Composer().compose(answers, catalog);
    }

    /** The team of these answers and its files. */
    public Generated generate(Answers answers) {
        return generate(compose(answers));
    }

    /** The files of this team. */
    public Generated generate(Team team) {
        List<ToolFormat> formats = team.answers().targets().stream().map(id -> Formats.byId(id).orElseThrow()).toList();
        Set<String> documents = new LinkedHashSet<>();
        formats.forEach(f -> documents.addAll(f.documents(team)));
        RenderedTeam rendered = renderer.render(team, List.copyOf(documents));
        List<DesiredFile> desired = new ArrayList<>();
        for (Formats.Owned owned : Formats.files(formats, rendered)) {
            desired.add(DropHints.of(owned.file(), owned.formats(), team));
        }
        return new Generated(team, rendered, desired);
    }
}
