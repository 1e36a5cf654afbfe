package org.corroborate.api;

/**
 * The input cannot be used as given: missing, empty, unsupported, corrupt, over a limit, a bad
 * JSON line. The caller can fix it; retrying the same input will fail the same way.
 */
public class InputRejectedException extends CorroborateException {
    private static final long serialVersionUID = 1L;

    public InputRejectedException(String code, String message) {
        super(code, message, null);
    }

    public InputRejectedException(String code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
