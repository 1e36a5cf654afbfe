package org.corroborate.rules;

/**
 * A rule in a rule file: an id unique across all packs (e.g. {@code ar.number.compound}), a
 * readable name, and examples beside it that run as tests.
 */
public interface Rule {
    String id();

    String name();

    Examples examples();
}
