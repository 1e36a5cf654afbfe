package org.corroborate.verify;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A discrepancy for an editor (CONTRACT.md "Check report"): one per claim and kind; {@code message}
 * in the article's language; {@code evidence} the ids of the disagreeing reports.
 */
@JsonPropertyOrder({"id", "kind", "severity", "message", "evidence"})
public record Flag(String id, FlagKind kind, FlagKind.Severity severity, String message, List<String> evidence) {
    public Flag {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a flag needs the reports it rests on");
        }
    }

    static Flag of(String claimId, FlagKind kind, String message, List<String> evidence) {
        return new Flag(claimId + "-" + kind.wire(), kind, kind.severity(), message, evidence);
    }
}
