package org.corroborate.cli;

import org.corroborate.api.CorroborateException;

/** A command whose issue has not landed yet (exit 69). */
final class NotImplementedException extends CorroborateException {
    private static final long serialVersionUID = 1L;

    NotImplementedException(String command) {
        super("not-implemented", "'" + command + "' is not implemented yet", null);
    }
}
