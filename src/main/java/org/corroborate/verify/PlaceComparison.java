package org.corroborate.verify;

import java.util.Set;

import org.corroborate.api.CountClaim.Location;
import org.corroborate.corpus.PlaceAncestors;

/**
 * Whether two places may be the place of one event. The gazetteer plugs in here: with location
 * keys, {@link #byKeys(PlaceAncestors, Set)} decides by containment; the text fallback only ever says
 * "same" or "unknown", never "another place", because without a gazetteer a different name may
 * still be a place inside the other (Palmyra in Homs countryside). The fallback also serves a
 * place the gazetteer does not know, which a claim carries as words with no key ("Leeds",
 * «عين البيضا»): against a keyed place or another key-less one it is compared as normalised text
 * (case, Arabic letter forms and article, words of kind such as "town of", «مدينة»), and a
 * different text is "unknown", not a discrepancy: the unknown town may lie in the known province.
 */
@FunctionalInterface
public interface PlaceComparison {

    /** How two places relate; {@link Relation#UNKNOWN} when either is absent or they cannot be compared. */
    Relation compare(Location article, Location report, boolean sameLanguage);

    enum Relation {
        /** Equal, or one inside the other. */
        SAME,
        /** Known to be different places. */
        OTHER,
        /** Cannot tell (a place missing, or names in two languages without keys). */
        UNKNOWN
    }

    /**
     * Keys when both claims have them (equal or nested); otherwise the same-language text fallback,
     * which sets aside {@code kindWords}, the {@code places} packs' words of kind (town, «مدينة»).
     */
    static PlaceComparison byKeys(PlaceAncestors ancestors, Set<String> kindWords) {
        Set<String> kinds = Tokens.placeKinds(kindWords);
        return (article, report, sameLanguage) -> {
            if (article == null || report == null) {
                return Relation.UNKNOWN;
            }
            if (article.key() != null && report.key() != null) {
                return nested(ancestors, article.key(), report.key()) ? Relation.SAME : Relation.OTHER;
            }
            return sameLanguage && Tokens.samePlaceName(article.text(), report.text(), kinds) ? Relation.SAME : Relation.UNKNOWN;
        };
    }

    private static boolean nested(PlaceAncestors ancestors, String a, String b) {
        return a.equals(b) || ancestors.ancestorsOf(a).contains(b) || ancestors.ancestorsOf(b).contains(a);
    }
}
