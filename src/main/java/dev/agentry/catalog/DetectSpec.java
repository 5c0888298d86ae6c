package dev.agentry.catalog;

import java.util.List;

/**
 * The {@code detect:} block of a catalogue entry: the signals that show it in an existing repository, and for a
 * project type or an agent the surfaces of a product it stands for. Read only by {@code agentry detect} and
 * {@code --detect}.
 *
 * @param signals what shows the entry (stacks, deployments; a project type's signals only show surfaces)
 * @param surfaces a project type: the surfaces it is made of, every one of which must be found; an agent: the
 *     surfaces whose presence calls for it in a team
 * @param covers a project type: other surfaces its team also looks after (a mobile app's backend), so finding them
 *     adds no one to the team
 */
public record DetectSpec(List<Signal> signals, List<String> surfaces, List<String> covers) {

    /** The block of an entry that declares none. */
    public static final DetectSpec NONE = new DetectSpec(null, null, null);

    public DetectSpec {
        signals = signals == null ? List.of() : List.copyOf(signals);
        surfaces = surfaces == null ? List.of() : List.copyOf(surfaces);
        covers = covers == null ? List.of() : List.copyOf(covers);
    }

    static DetectSpec orNone(DetectSpec spec) {
        return spec == null ? NONE : spec;
    }
}
