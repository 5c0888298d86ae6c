package dev.agentry.cli;

import java.util.Locale;
import java.util.Objects;

/**
 * A command-line option: {@code --name VALUE}, or a flag when {@code valueLabel} is null.
 *
 * @param values what tab completion offers for the value
 * @param valueOptional true when the option may be given without its value ({@code --upgrade} or
 *     {@code --upgrade NAME=REF}); it then takes the next argument only when that is not an option
 */
record Opt(String name, String valueLabel, String description, boolean repeatable, Values values, boolean valueOptional) {

    Opt {
        Objects.requireNonNull(name, "name is required");
        values = values == null ? Values.NONE : values;
    }

    static Opt value(String name, String valueLabel, String description) {
        return new Opt(name, valueLabel, description, false, Values.NONE, false);
    }

    static Opt value(String name, String valueLabel, String description, Values values) {
        return new Opt(name, valueLabel, description, false, values, false);
    }

    static Opt repeatable(String name, String valueLabel, String description, Values values) {
        return new Opt(name, valueLabel, description, true, values, false);
    }

    static Opt flag(String name, String description) {
        return new Opt(name, null, description, false, Values.NONE, false);
    }

    /** A repeatable option whose value may be left out (given as ""). */
    static Opt optionalValue(String name, String valueLabel, String description) {
        return new Opt(name, valueLabel, description, true, Values.NONE, true);
    }

    /**
     * True when the word after the option is always its value: not for a flag, nor for an optional value, which takes
     * it only when it is no option (so completion scripts read {@code --upgrade} as a flag and offer what follows).
     */
    boolean takesNextWord() {
        return !isFlag() && !valueOptional;
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
