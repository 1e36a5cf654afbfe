package org.corroborate.review;

import java.time.Instant;
import java.util.Objects;

/** One line of an item's audit trail: who did what when, from which status to which, and why. */
public record AuditEntry(String action, String by, Instant at, ReviewStatus from, ReviewStatus to, String reason) {
    public AuditEntry {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
