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
}
