package org.corroborate.corpus;

import java.util.List;

import org.corroborate.api.Claim;

/**
 * Finds the claims of a report at index time, so that they are stored with it as structured
 * slots. Claim extraction (the {@code extract} package) plugs in here; until then the CLI passes
 * {@link #NONE}.
 */
@FunctionalInterface
public interface ClaimSource {
    /** Extracts no claims: reports are indexed with their text only. */
    ClaimSource NONE = report -> List.of();

    List<Claim> claimsOf(Report report);
}
