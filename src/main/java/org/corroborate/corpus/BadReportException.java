package org.corroborate.corpus;

/** One feed line or sidecar cannot be read as a report; the message says why (a result for that item, never fatal). */
final class BadReportException extends Exception {
    private static final long serialVersionUID = 1L;

    BadReportException(String reason) {
        super(reason);
    }
}
