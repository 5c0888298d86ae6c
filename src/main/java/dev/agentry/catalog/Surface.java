package dev.agentry.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A part of a product that one builder role owns (the web UI, the mobile app, the backend ...), and the stack
 * variables that describe it, which a companion stack fills when the main stack leaves that surface to it.
 *
 * @param role the role that builds this surface, for example {@code frontend-engineer}
 * @param variables the surface's own variables, for example {@code frontend-framework}
 */
public record Surface(String role, List<String> variables) {

    public Surface {
        Objects.requireNonNull(role, "role is required");
        variables = variables == null ? List.of() : List.copyOf(variables);
    }

    /** True when the surface has variables of its own, and so its own copy of every per-surface variable. */
    public boolean describedByVariables() {
        return !variables.isEmpty();
    }
}
