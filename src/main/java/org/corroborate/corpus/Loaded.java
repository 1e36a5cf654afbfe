package org.corroborate.corpus;

import java.util.Objects;

/** What reading one feed line or one document gave: a report, a failure with its reason, or a file left aside. */
public sealed interface Loaded {

    Origin origin();

    /** A report ready to index. */
    record Read(Report report, Origin origin) implements Loaded {
        public Read {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(origin, "origin");
        }
    }

    /** A line or document that should have been a report and is not (malformed, unreadable, no reader yet). */
    record Failed(Origin origin, String reason) implements Loaded {
        public Failed {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String toString() {
            return origin + ": " + reason;
        }
    }

    /** A file in a folder that is not a report (notes, a stray .json): said, not indexed, not a failure. */
    record Skipped(Origin origin, String reason) implements Loaded {
        public Skipped {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String toString() {
            return origin + ": skipped: " + reason;
        }
    }
}
