package dev.agentry.app;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.agentry.compose.Team;
import dev.agentry.format.Formats;
import dev.agentry.format.ToolFormat;
import dev.agentry.plan.DesiredFile;
import dev.agentry.render.RenderedTeam;
import dev.agentry.render.TeamRenderer;

/**
 * A team rendered in memory and written in the format of each agent tool its answers name: the files a run wants on
 * disk, before anything is compared with the disk.
 */
record TeamFiles(RenderedTeam rendered, List<DesiredFile> desired) {

    TeamFiles {
        desired = List.copyOf(desired);
    }

    static TeamFiles of(TeamRenderer renderer, Team team) {
        List<ToolFormat> formats = team.answers().targets().stream().map(id -> Formats.byId(id).orElseThrow()).toList();
        Set<String> documents = new LinkedHashSet<>();
        formats.forEach(f -> documents.addAll(f.documents(team)));
        RenderedTeam rendered = renderer.render(team, List.copyOf(documents));
        List<DesiredFile> desired = new ArrayList<>();
        for (Formats.Owned owned : Formats.files(formats, rendered)) {
            desired.add(DropHints.of(owned.file(), owned.formats(), team));
        }
        return new TeamFiles(rendered, desired);
    }
}
