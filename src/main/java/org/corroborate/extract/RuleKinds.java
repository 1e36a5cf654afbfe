package org.corroborate.extract;

import java.util.Map;

import org.corroborate.extract.count.CountRules;
import org.corroborate.extract.date.DateRuleFile;
import org.corroborate.extract.number.DurationFile;
import org.corroborate.extract.number.NumberFile;
import org.corroborate.extract.number.OrdinalFile;
import org.corroborate.extract.number.QualifierFile;
import org.corroborate.extract.quote.SpeechRules;
import org.corroborate.gazetteer.GazetteerFile;
import org.corroborate.gazetteer.PlaceWords;
import org.corroborate.rules.RuleFile;

/**
 * The kinds of rule file the shipped packs use, each with the record it binds to. A manifest
 * entry names one of these; a new kind is registered here. (The loader in {@code rules} knows
 * no kind: the extractors bring their own.)
 */
public final class RuleKinds {
    public static final Map<String, Class<? extends RuleFile>> ALL = Map.of(
            "numbers", NumberFile.class,
            "qualifiers", QualifierFile.class,
            "ordinals", OrdinalFile.class,
            "durations", DurationFile.class,
            "dates", DateRuleFile.class,
            "speech", SpeechRules.class,
            "claims", CountRules.class,
            "gazetteer", GazetteerFile.class,
            "places", PlaceWords.class);

    private RuleKinds() {
    }
}
