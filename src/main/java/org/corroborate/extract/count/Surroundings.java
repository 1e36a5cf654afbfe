package org.corroborate.extract.count;

import java.util.List;
import java.util.Optional;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Span;
import org.corroborate.gazetteer.EntityKind;
import org.corroborate.gazetteer.EntityMention;
import org.corroborate.gazetteer.Gazetteer;
import org.corroborate.gazetteer.NationalityMention;
import org.corroborate.gazetteer.PlaceMention;
import org.corroborate.gazetteer.StatedPlaces;

/**
 * What the gazetteer found in an article (places, nationalities, named groups), read once and
 * asked per claim by original-text ranges.
 */
record Surroundings(Gazetteer gazetteer, List<PlaceMention> places, List<NationalityMention> nationalities,
                    List<EntityMention> entities) {

    /*
     * Loops rather than streams below: each is asked for every claim and place read, over all the article's mentions.
     */

    /** The nationality stated in {@code [from, to)}: "جنديين أميركيين", "two U.S. soldiers". */
    Optional<String> nationality(int from, int to) {
        for (NationalityMention n : nationalities) {
            if (inside(n.span(), from, to)) {
                return Optional.of(n.code());
            }
        }
        return Optional.empty();
    }

    /** The armed group the counted people belong to: "خمسة من مقاتلي حزب العمال الكردستاني". */
    Optional<String> affiliation(int from, int to) {
        for (EntityMention e : entities) {
            if (e.kind() == EntityKind.ARMED_GROUP && inside(e.span(), from, to)) {
                return gazetteer.entity(e.key()).map(entity -> entity.names().en().get(0));
            }
        }
        return Optional.empty();
    }

    /**
     * The most precise place named in {@code [from, to)} (a town before its governorate), skipping
     * a dateline: a place at the very start followed by a dash ("كركوك - ...", "BAGHDAD — ...").
     * When the gazetteer knows no place there, a place the words state all the same ("killed by a
     * bus in Leeds on Tuesday", «في قرية كفر نبل»; {@link StatedPlaces}), with no key: the caller
     * then prefers it to a place carried from an earlier sentence (Madrid), while a known place in
     * the same sentence still wins ("in the village of X in Idlib province": Idlib, with its key).
     */
    CountClaim.Location location(String text, int from, int to) {
        PlaceMention best = null;
        for (PlaceMention p : places) {
            if (!inside(p.span(), from, to) || isDateline(text, p.span())) {
                continue;
            }
            if (best == null || depth(p) > depth(best)) {
                best = p;
            }
        }
        if (best != null) {
            return new CountClaim.Location(best.text(), best.key());
        }
        StatedPlaces.Stated stated = gazetteer.statedPlaces().find(text, from, to, this::named);
        return stated == null ? null : new CountClaim.Location(stated.text(), null);
    }

    /** Whether the gazetteer read something in {@code span} (a place, a demonym, a named group): "in Houthi attacks". */
    private boolean named(Span span) {
        for (PlaceMention p : places) {
            if (overlaps(p.span(), span)) {
                return true;
            }
        }
        for (NationalityMention n : nationalities) {
            if (overlaps(n.span(), span)) {
                return true;
            }
        }
        for (EntityMention e : entities) {
            if (overlaps(e.span(), span)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /** Whether a place named in the text covers {@code [from, to)} (original offsets). */
    boolean insidePlace(int from, int to) {
        return places.stream().anyMatch(p -> p.span().start() <= from && to <= p.span().end());
    }

    /** The end of the longest place named from {@code start} on ("Nasiriyah", "الناصرية"), or -1 when none starts there. */
    int placeEndFrom(int start) {
        return places.stream().filter(p -> p.span().start() == start).mapToInt(p -> p.span().end()).max().orElse(-1);
    }

    private int depth(PlaceMention p) {
        return gazetteer.path(p.key()).size();
    }

    /** After a dateline's place: a few words at most, then a dash between spaces ("BAGHDAD, Iraq — ", "بغداد - "). */
    private static final java.util.regex.Pattern DATELINE_DASH =
            java.util.regex.Pattern.compile("[^\\n]{0,30}?\\s[-\u2013\u2014]\\s");

    /** Between a dateline's town and its country: a comma ("ADDIS ABABA, Ethiopia") or an opening bracket («أديس أبابا (إثيوبيا)»). */
    private static final java.util.regex.Pattern TOWN_TO_COUNTRY = java.util.regex.Pattern.compile("[,\u060C] {1,2}| ?\\(");

    private boolean isDateline(String text, Span span) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, span.start() - 1)) + 1;
        int first = lineStart;
        while (first < span.start() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (first < span.start() && !countryOfADatelineTown(text, first, span)) {
            return false;
        }
        return DATELINE_DASH.matcher(text).region(span.end(), Math.min(text.length(), span.end() + 40)).lookingAt();
    }

    /**
     * Whether the place at {@code span} is the country a dateline gives after its town, the place named first on the line
     * at {@code first}: "ADDIS ABABA, Ethiopia, April 15 (Reuters) -", «أديس أبابا (إثيوبيا)، 15 نيسان (وكالات) -».
     */
    private boolean countryOfADatelineTown(String text, int first, Span span) {
        for (PlaceMention town : places) {
            if (town.span().start() == first && town.span().end() < span.start()
                    && TOWN_TO_COUNTRY.matcher(text).region(town.span().end(), span.start()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(Span span, int from, int to) {
        return span.start() >= from && span.end() <= to;
    }
}
