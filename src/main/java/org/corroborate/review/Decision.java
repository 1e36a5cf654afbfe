package org.corroborate.review;

import java.util.Locale;

import org.corroborate.api.InputRejectedException;

/**
 * An editor's decision on a flag: {@code accept} (the flag is right; the article needs a fix) and
 * {@code dismiss} (the flag is wrong; a reason is required) close an open item; {@code reopen}
 * opens a closed or superseded one again.
 */
public enum Decision {
    ACCEPT, DISMISS, REOPEN;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Decision fromWire(String s) {
        for (Decision d : values()) {
            if (d.wire().equals(s)) {
                return d;
            }
        }
        throw new InputRejectedException("bad-decision", "decision must be accept, dismiss or reopen, not '" + s + "'");
    }

    /** The status after this decision, or {@link InvalidTransitionException} when it does not apply. */
    public ReviewStatus apply(ReviewStatus from) {
        return switch (this) {
            case ACCEPT -> from == ReviewStatus.OPEN ? ReviewStatus.ACCEPTED : invalid(from);
            case DISMISS -> from == ReviewStatus.OPEN ? ReviewStatus.DISMISSED : invalid(from);
            case REOPEN -> from != ReviewStatus.OPEN ? ReviewStatus.OPEN : invalid(from);
        };
    }

    private ReviewStatus invalid(ReviewStatus from) {
        throw new InvalidTransitionException("cannot " + wire() + " an item that is " + from.wire());
    }
}
