package dev.agentry.clients;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of tool a role's limits are about, named alike in every client's own vocabulary. */
enum ToolKind {

    /** Tools that change files (edit, write, patch). */
    EDIT,
    /** Tools that run shell commands. */
    SHELL,
    /** Tools that reach the web (fetch, search). */
    WEB;

    static Set<ToolKind> all() {
        return EnumSet.allOf(ToolKind.class);
    }

    static Set<ToolKind> none() {
        return EnumSet.noneOf(ToolKind.class);
    }

    /** The kinds of which at least one of these tool names is one, by a client's table of names by kind. */
    static Set<ToolKind> among(java.util.Collection<String> names, java.util.Map<ToolKind, Set<String>> table) {
        Set<ToolKind> kinds = none();
        table.forEach((kind, kindNames) -> {
            if (names.stream().anyMatch(kindNames::contains)) {
                kinds.add(kind);
            }
        });
        return kinds;
    }
}
