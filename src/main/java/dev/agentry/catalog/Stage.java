package dev.agentry.catalog;

import java.util.Locale;

/** The steps of the hand-off workflow, in order. */
public enum Stage {
    PLAN, DESIGN, BUILD, REVIEW, VERIFY, SHIP;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
