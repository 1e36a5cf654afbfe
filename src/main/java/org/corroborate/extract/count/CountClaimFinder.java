package org.corroborate.extract.count;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.corroborate.api.ClaimDate;
import org.corroborate.api.CountClaim;
import org.corroborate.api.DateMention;
import org.corroborate.api.Language;
import org.corroborate.api.Mention;
import org.corroborate.api.NumberMention;
import org.corroborate.api.Span;
import org.corroborate.rules.RulePacks;
import org.corroborate.text.ArabicNormalizer;
import org.corroborate.text.NormalizedText;
import org.corroborate.text.Sentences;
import org.corroborate.text.Token;

/**
 * Finds casualty and arrest claims: counted groups (a number, a dual noun or an implicit
 * singular, with the noun saying who) bound to the word saying what befell them. One claim per
 * counted group; parts ("بينهم ثلاثة أطفال", "including four children") point to their whole;
 * "others" (آخرون) take the category of the group before; the attacker's own death counts too.
 * A sentence without a date takes the last event date of its paragraph (news prose states the
 * day once: "… on Saturday. Three more were wounded.").
 */
public final class CountClaimFinder {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private final CountLexicon lexicon;
    private final boolean english;

    CountClaimFinder(CountLexicon lexicon, Language language) {
        this.lexicon = lexicon;
        this.english = language == Language.EN;
    }

    public static CountClaimFinder of(RulePacks packs, Language language) {
        return new CountClaimFinder(new CountLexicon(packs.forLanguage(language, CountRules.class)), language);
    }

    /**
     * The count claims of {@code text}, given its number and date mentions (original-text spans),
     * with provisional ids {@code g1}.. that {@code partOf} refers to.
     */
    public List<CountClaim> find(String text, List<Mention> numbers, List<DateMention> dates) {
        NormalizedText nt = NORMALIZER.normalize(text);
        List<CountClaim> claims = new ArrayList<>();
        ClaimDate carried = null;
        int paragraphStart = -1;
        for (Sentences.Sentence s : Sentences.of(nt.normalized())) {
            int[] original = nt.toOriginal(s.start(), s.end());
            int paragraph = text.lastIndexOf('\n', Math.max(0, original[0] - 1));
            if (paragraph != paragraphStart) {
                carried = null;
                paragraphStart = paragraph;
            }
            List<DateMention> inSentence = dates.stream().filter(d -> within(d.span(), original)).toList();
            SentenceReader reader = new SentenceReader(lexicon, english, text, nt,
                    Token.of(nt.normalized(), s.start(), s.end()), inSentence);
            claims.addAll(reader.claims(numbers, carried, claims.size()));
            ClaimDate own = reader.eventDate();
            if (own != null) {
                carried = own;
            }
        }
        return claims;
    }

    private static boolean within(Span span, int[] sentence) {
        return span.start() >= sentence[0] && span.end() <= sentence[1];
    }

    /** A number mention as a count of people, or null (a decimal, a share). */
    static CountClaim.Count count(NumberMention m) {
        Long value = whole(m.value());
        Long min = whole(m.min());
        Long max = whole(m.max());
        if ((m.value() != null && value == null) || (m.min() != null && min == null) || (m.max() != null && max == null)) {
            return null;
        }
        return new CountClaim.Count(value, min, max, m.approximate());
    }

    private static Long whole(BigDecimal n) {
        if (n == null || n.signum() < 0) {
            return null;
        }
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
