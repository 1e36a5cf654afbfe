package org.corroborate.eval;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.corroborate.api.Claim;
import org.corroborate.api.CountClaim;
import org.corroborate.api.DateClaim;
import org.corroborate.api.QuoteClaim;
import org.corroborate.text.ArabicNormalizer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * When an extracted claim counts as finding a gold one. Counts: same action and the same count
 * encoding. Quotes: the quoted words overlap (at least 60% of the shorter side's words) and the
 * speakers overlap (either as resolved or as written). Dates: the same range.
 */
final class ClaimMatcher {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer(ArabicNormalizer.Option.FOLD_TEH_MARBUTA);

    private ClaimMatcher() {
    }

    static boolean matches(JsonNode gold, Claim found) {
        if (!gold.get("type").asText().equals(found.type())) {
            return false;
        }
        return switch (found) {
            case CountClaim c -> gold.get("action").asText().equals(c.action().wire()) && sameCount(gold.get("count"), c.count());
            case QuoteClaim q -> overlap(gold.get("quote").asText(), q.quote()) >= 0.6
                    && (overlap(gold.get("speaker").asText(), q.speaker().text()) >= 0.5
                        || q.speaker().asWritten() != null && overlap(gold.get("speaker").asText(), q.speaker().asWritten()) >= 0.5);
            case DateClaim d -> gold.get("date").get("start").asText().equals(d.date().start().toString())
                    && gold.get("date").get("end").asText().equals(d.date().end().toString());
        };
    }

    /**
     * When a second annotator's claim ({@code other}, in the gold format) agrees with the first's, by the rules
     * {@link #matches(JsonNode, Claim)} applies to extracted claims: for the agreement between two people annotating
     * the same texts ({@link AnnotatorAgreement}).
     */
    static boolean matchesAnnotation(JsonNode gold, JsonNode other) {
        String type = gold.get("type").asText();
        if (!type.equals(other.get("type").asText())) {
            return false;
        }
        return switch (type) {
            case "casualty", "arrest" -> gold.get("action").asText().equals(other.get("action").asText())
                    && sameCount(gold.get("count"), count(other.get("count")));
            case "quote" -> overlap(gold.get("quote").asText(), other.get("quote").asText()) >= 0.6
                    && overlap(gold.get("speaker").asText(), other.get("speaker").asText()) >= 0.5;
            default -> gold.get("date").get("start").asText().equals(other.get("date").get("start").asText())
                    && gold.get("date").get("end").asText().equals(other.get("date").get("end").asText());
        };
    }

    private static CountClaim.Count count(JsonNode c) {
        return new CountClaim.Count(c.has("value") ? c.get("value").asLong() : null, c.has("min") ? c.get("min").asLong() : null,
                c.has("max") ? c.get("max").asLong() : null, c.path("approximate").asBoolean(false));
    }

    /**
     * The same count encoding; vague quantities (both approximate ranges: "dozens", "a few")
     * match when their ranges meet, since their bounds are a convention of each annotator.
     */
    private static boolean sameCount(JsonNode gold, CountClaim.Count count) {
        if (gold.has("min") && gold.has("max") && gold.path("approximate").asBoolean(false)
                && count.min() != null && count.max() != null && count.approximate()) {
            return gold.get("min").asLong() <= count.max() && count.min() <= gold.get("max").asLong();
        }
        return same(gold.get("value"), count.value()) && same(gold.get("min"), count.min())
                && same(gold.get("max"), count.max())
                && gold.path("approximate").asBoolean(false) == count.approximate();
    }

    private static boolean same(JsonNode gold, Long value) {
        return gold == null ? value == null : value != null && gold.asLong() == value;
    }

    /** Shared words over the shorter side's words, after normalising (hamza, teh marbuta, case, clitic و). */
    static double overlap(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        return (double) shared.size() / Math.min(x.size(), y.size());
    }

    private static Set<String> words(String s) {
        String n = NORMALIZER.normalize(s).normalized().toLowerCase(Locale.ROOT);
        Set<String> out = new HashSet<>();
        Arrays.stream(n.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .map(w -> w.length() > 3 && w.startsWith("و") ? w.substring(1) : w).forEach(out::add);
        return out;
    }
}
