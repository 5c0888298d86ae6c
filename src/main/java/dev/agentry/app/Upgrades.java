package dev.agentry.app;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a run does about newer versions of the target's scaffold packs: nothing (the recorded commits are used), move
 * every pack to its newest version ({@code update --upgrade}), or list the newer versions ({@code check --upgrades});
 * and, either way, the packs to move to a given ref ({@code --upgrade NAME=REF}).
 *
 * @param refs the ref to move each named pack to, by pack name
 */
public record Upgrades(Mode mode, Map<String, String> refs) {

    /** What happens to the packs not named in {@link #refs}. */
    public enum Mode {
        /** The recorded commit is used; nothing is asked of the network unless the cache lacks it. */
        PINNED,
        /** Each pack moves to its newest version. */
        NEWEST,
        /** The recorded commit is used, and each pack's repository is asked whether it has a newer version. */
        REPORT
    }

    public static final Upgrades NONE = new Upgrades(Mode.PINNED, Map.of());
    public static final Upgrades ALL = new Upgrades(Mode.NEWEST, Map.of());
    public static final Upgrades REPORT = new Upgrades(Mode.REPORT, Map.of());

    public Upgrades {
        mode = mode == null ? Mode.PINNED : mode;
        refs = refs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(refs));
    }

    /** True when some pack may move to another version. */
    public boolean moves() {
        return mode == Mode.NEWEST || !refs.isEmpty();
    }
}
