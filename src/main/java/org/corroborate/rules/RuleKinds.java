package org.corroborate.rules;

import java.util.Map;

import org.corroborate.extract.number.DurationFile;
import org.corroborate.extract.number.NumberFile;
import org.corroborate.extract.number.OrdinalFile;
import org.corroborate.extract.number.QualifierFile;
import org.corroborate.extract.date.DateRuleFile;

/**
 * The kinds of rule file the shipped packs use, each with the record it binds to. A manifest
 * entry names one of these; a new kind is registered here.
 */
public final class RuleKinds {
    public static final Map<String, Class<? extends RuleFile>> ALL = Map.of(
            "numbers", NumberFile.class,
            "qualifiers", QualifierFile.class,
            "ordinals", OrdinalFile.class,
            "durations", DurationFile.class,
            "speech", org.corroborate.extract.quote.SpeechRules.class,
            "claims", org.corroborate.extract.count.CountRules.class,
            "gazetteer", org.corroborate.gazetteer.GazetteerFile.class,
            "dates", DateRuleFile.class);


    private RuleKinds() {
    }
}
