package dev.agentry.compose;

import java.util.List;
import java.util.Objects;

import dev.agentry.catalog.AgentSpec;
import dev.agentry.catalog.Stage;

/**
 * One agent of a team, with its final name, display name and color.
 *
 * @param spec the catalogue role it comes from (for a deployment agent, the deployment base)
 * @param name the agent name, also its file name
 * @param guidance stack- or platform-specific practices for this role
 */
public record Member(AgentSpec spec, String name, String title, String color, String template, boolean deployment,
        List<String> guidance) {

    public Member {
        Objects.requireNonNull(spec, "spec is required");
        Objects.requireNonNull(name, "name is required");
        guidance = guidance == null ? List.of() : List.copyOf(guidance);
    }

    public Stage stage() {
        return spec.stage();
    }

    public String focus() {
        return spec.focus();
    }
}
