package org.corroborate.api;

import java.util.Objects;

/**
 * A failure someone other than the programmer can act on. Each carries a short kebab-case
 * {@link #code()} (CONTRACT.md: {@code corroborate: <code>: <message>}) and a message a night
 * editor or an operator can read. Bugs stay ordinary runtime exceptions.
 */
public abstract class CorroborateException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;

    protected CorroborateException(String code, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.code = requireKebab(code);
    }

    /** The short kebab-case word naming the kind of failure, e.g. {@code unsupported-format}. */
    public String code() {
        return code;
    }

    private static String requireKebab(String code) {
        if (code == null || !code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("error code must be kebab-case: " + code);
        }
        return code;
    }
}
