package org.corroborate.review;

import org.corroborate.api.CorroborateException;

/** A decision that does not apply to the item's status (accepting an accepted item). */
public final class InvalidTransitionException extends CorroborateException {
    private static final long serialVersionUID = 1L;

    public InvalidTransitionException(String message) {
        super("invalid-transition", message, null);
    }
}
