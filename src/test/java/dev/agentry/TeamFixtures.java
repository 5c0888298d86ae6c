package dev.agentry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.agentry.app.TeamGenerator;
import dev.agentry.catalog.Catalog;
import dev.agentry.catalog.CatalogLoader;
import dev.agentry.catalog.ScaffoldLayer;
import dev.agentry.compose.Team;
import dev.agentry.format.Formats;
import dev.agentry.interview.AnswerResolver;
import dev.agentry.interview.AnswerSource;
import dev.agentry.interview.Answers;
import dev.agentry.interview.Keys;
import dev.agentry.render.RenderedTeam;
import dev.agentry.render.TeamRenderer;
import dev.agentry.rules.TeamOutput;

/** Renders teams in memory through {@link TeamGenerator}, without a target folder, for tests over many combinations. */
public final class TeamFixtures {

    private final Catalog catalog;
    private final TeamGenerator generator;

    public TeamFixtures(List<ScaffoldLayer> layers) {
        this.catalog = new CatalogLoader().load(layers);
        this.generator = new TeamGenerator(catalog, new TeamRenderer(catalog.layers()));
    }

    public static TeamFixtures builtIn() {
        return new TeamFixtures(List.of());
    }

    public Catalog catalog() {
        return catalog;
    }

    /** A rendered team and its files (path, or path#block, to content). */
    public record Rendered(Team team, RenderedTeam rendered, Map<String, String> files) {

        /** The team as the format rules check it. */
        public TeamOutput output() {
            return new TeamOutput(team, rendered, files);
        }
    }

    public Rendered render(Map<String, Object> answers) {
        Map<String, Object> values = new LinkedHashMap<>(answers);
        values.putIfAbsent(Keys.PROJECT_NAME, "demo-shop");
        Answers resolved = new AnswerResolver(catalog, Formats.ids()).resolve(List.of(AnswerSource.options(values)));
        TeamGenerator.Generated generated = generator.generate(resolved);
        return new Rendered(generated.team(), generated.rendered(), generated.texts());
    }

    public Rendered render(String projectType, String deployment, String stack) {
        return render(projectType, deployment, stack, "", "");
    }

    /** A team with a chosen team and targets (comma-separated; empty for the defaults). */
    public Rendered render(String projectType, String deployment, String stack, String agents, String targets) {
        Map<String, Object> answers = new LinkedHashMap<>(Map.of(Keys.PROJECT_TYPE, projectType, Keys.DEPLOYMENT, deployment,
                Keys.STACK, stack));
        if (!agents.isEmpty()) {
            answers.put(Keys.AGENTS, agents);
        }
        if (!targets.isEmpty()) {
            answers.put(Keys.TARGETS, targets);
        }
        return render(answers);
    }
}
