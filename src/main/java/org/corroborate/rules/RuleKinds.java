package org.corroborate.rules;

import java.util.Map;

import org.corroborate.extract.date.DateRuleFile;

/**
 * The kinds of rule file the shipped packs use, each with the record it binds to. A manifest
 * entry names one of these; a new kind is registered here.
 */
public final class RuleKinds {
    public static final Map<String, Class<? extends RuleFile>> ALL = Map.of(
            "dates", DateRuleFile.class);

    private RuleKinds() {
    }
}
