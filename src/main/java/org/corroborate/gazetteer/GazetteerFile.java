package org.corroborate.gazetteer;

import java.util.List;

import org.corroborate.rules.OptionalKey;
import org.corroborate.rules.Problems;
import org.corroborate.rules.RuleFile;
import org.corroborate.rules.RulePacks;

/**
 * A {@code gazetteer} rule file: places (with their hierarchy and demonyms) and named entities.
 * A gazetteer may be split over several files, in any pack; keys, parents and name clashes are
 * checked across all of them (see {@link GazetteerCheck}).
 *
 * <ul>
 *   <li>{@code place_cues}: words after which a {@code needs_cue} name is a place (في، قرب، near);</li>
 *   <li>{@code stop_phrases}: phrases that contain a name but are not one (صحن حمص); found first,
 *       they hide the name.</li>
 * </ul>
 */
public record GazetteerFile(@OptionalKey List<Place> places, @OptionalKey List<Entity> entities,
                            @OptionalKey Names placeCues, @OptionalKey Names stopPhrases,
                            List<String> negativeExamples) implements RuleFile {

    public GazetteerFile {
        places = places == null ? List.of() : List.copyOf(places);
        entities = entities == null ? List.of() : List.copyOf(entities);
        placeCues = placeCues == null ? Names.NONE : placeCues;
        stopPhrases = stopPhrases == null ? Names.NONE : stopPhrases;
        negativeExamples = negativeExamples == null ? List.of() : List.copyOf(negativeExamples);
    }

    /** Every gazetteer file of the packs, pack by pack in load order, each in manifest order. */
    static List<GazetteerFile> all(RulePacks packs) {
        return packs.packs().stream().flatMap(pack -> packs.files(pack, GazetteerFile.class).stream()).toList();
    }

    @Override
    public void validate(Problems problems, RulePacks packs) {
        new GazetteerCheck(this, problems, all(packs)).run();
    }
}
