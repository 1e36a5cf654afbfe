package org.corroborate.keys;

import java.util.Locale;

import org.corroborate.api.InputRejectedException;

/**
 * What an API key may do: {@code cms} submits checks and reports, {@code editor} reads the review
 * queue and decides, {@code admin} does everything (metrics included).
 */
public enum Role {
    CMS, EDITOR, ADMIN;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a key with this role may use a route that requires {@code required}. */
    public boolean allows(Role required) {
        return this == ADMIN || this == required;
    }

    public static Role fromWire(String s) {
        for (Role r : values()) {
            if (r.wire().equals(s)) {
                return r;
            }
        }
        throw new InputRejectedException("bad-role", "no role '" + s + "'; roles: cms, editor, admin");
    }
}
