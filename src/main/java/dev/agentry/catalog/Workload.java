package dev.agentry.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a team puts on its deployment platform, or ships through it; deployment guidance can hold for one only. */
public enum Workload {
    /** Long-running servers, functions or jobs the platform runs. */
    SERVICES,
    /** A database the platform hosts. */
    DATABASE,
    /** A static front end (a single-page app's build output) served by the platform or its CDN. */
    STATIC_SITE,
    /** Mobile app builds shipped to the app stores. */
    APP_STORES;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Workload> byId(String id) {
        return Arrays.stream(values()).filter(w -> w.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Workload::id).toList();
    }
}
