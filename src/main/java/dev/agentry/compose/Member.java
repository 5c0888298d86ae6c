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
 * @param guidance the team's own stack's practices for this role, as the stack lists them
 * @param practices every group of stack-specific practices this agent gets (its stack's, its companions', its
 *     platform's), with placeholders filled
 */
public record Member(AgentSpec spec, String name, String title, String color, String template, boolean deployment,
        List<String> guidance, List<Practice> practices) {

    public Member {
        Objects.requireNonNull(spec, "spec is required");
        Objects.requireNonNull(name, "name is required");
        guidance = guidance == null ? List.of() : List.copyOf(guidance);
        practices = practices == null ? List.of() : List.copyOf(practices);
    }

    public Stage stage() {
        return spec.stage();
    }

    public String focus() {
        return spec.focus();
    }
}
