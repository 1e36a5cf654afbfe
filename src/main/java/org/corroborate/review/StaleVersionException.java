package org.corroborate.review;

import org.corroborate.api.CorroborateException;

/** Someone else changed the item since the caller read it: nothing was written. */
public final class StaleVersionException extends CorroborateException {
    private static final long serialVersionUID = 1L;
    private final String currentVersion;

    public StaleVersionException(String id, String currentVersion) {
        super("stale-version", "review item " + id + " has changed since; its version is now " + currentVersion, null);
        this.currentVersion = currentVersion;
    }

    public String currentVersion() {
        return currentVersion;
    }
}
