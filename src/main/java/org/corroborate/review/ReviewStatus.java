package org.corroborate.review;

import java.util.Locale;

import org.corroborate.api.InputRejectedException;

/** Where a review item stands; {@code superseded}: a newer revision of the article was checked. */
public enum ReviewStatus {
    OPEN, ACCEPTED, DISMISSED, SUPERSEDED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReviewStatus fromWire(String s) {
        for (ReviewStatus v : values()) {
            if (v.wire().equals(s)) {
                return v;
            }
        }
        throw new InputRejectedException("bad-status", "no status '" + s + "'; statuses: open, accepted, dismissed, superseded");
    }
}
