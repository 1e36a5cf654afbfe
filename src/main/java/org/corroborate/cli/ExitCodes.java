package org.corroborate.cli;

/** The exit codes of CONTRACT.md, in one place. */
final class ExitCodes {
    static final int OK = 0;
    static final int INTERNAL = 1;
    static final int USAGE = 2;
    static final int INPUT_REJECTED = 3;
    static final int ES_UNAVAILABLE = 4;
    static final int PARTIAL = 5;
    static final int NOT_RUNNING = 6;
    static final int NOT_IMPLEMENTED = 69;

    private ExitCodes() {
    }
}
