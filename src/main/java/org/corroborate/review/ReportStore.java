package org.corroborate.review;

import java.util.Optional;

/** The check reports the API produced, by report id ({@code <id>@<revision>}). */
public interface ReportStore {

    Optional<StoredReport> get(String reportId);

    /** Stores the report unless one with its id exists; returns the one that is stored after the call. */
    StoredReport putIfAbsent(StoredReport report);
}
