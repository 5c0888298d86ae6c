package dev.agentry.cli;

import java.util.Locale;
import java.util.Objects;

/**
 * A command-line option: {@code --name VALUE}, or a flag when {@code valueLabel} is null.
 *
 * @param values what tab completion offers for the value
 */
record Opt(String name, String valueLabel, String description, boolean repeatable, Values values) {

    Opt {
        Objects.requireNonNull(name, "name is required");
        values = values == null ? Values.NONE : values;
    }

    static Opt value(String name, String valueLabel, String description) {
        return new Opt(name, valueLabel, description, false, Values.NONE);
    }

    static Opt value(String name, String valueLabel, String description, Values values) {
        return new Opt(name, valueLabel, description, false, values);
    }

    static Opt repeatable(String name, String valueLabel, String description, Values values) {
        return new Opt(name, valueLabel, description, true, values);
    }

    static Opt flag(String name, String description) {
        return new Opt(name, null, description, false, Values.NONE);
    }

    boolean isFlag() {
        return valueLabel == null;
    }

    /** What kind of value an option (or positional argument) takes, which is what completion offers for it. */
    enum Values {
        NONE, FOLDERS, FILES, PROJECT_TYPES, DEPLOYMENTS, STACKS, AGENTS(true), TARGETS(true), CONFLICT_STYLES, KINDS,
        COMMANDS, SHELLS;

        private final boolean commaList;

        Values() {
            this(false);
        }

        Values(boolean commaList) {
            this.commaList = commaList;
        }

        /** True when the value is a comma-separated list of such ids ({@code a,b,c}). */
        boolean commaList() {
            return commaList;
        }

        /**
         * True for the catalogue's ids, which a layer of custom scaffolds (the target's own, or --scaffolds) can add to:
         * the only values a completion script cannot know when it is printed, so it asks agentry for them.
         */
        boolean fromCatalogue() {
            return this == PROJECT_TYPES || this == DEPLOYMENTS || this == STACKS || this == AGENTS;
        }

        /** The kind's name in completion scripts and in {@code agentry completion --values KIND}: stacks, project-types... */
        String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
