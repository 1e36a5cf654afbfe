package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.Claim;
import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * Rule 4 of dev names "أعلن الجيش … مقتل …" a count's attribution: an announcing verb, its speaker and a verbal noun of
 * the count's event (the {@code count_nouns}) give the count claim and the noun phrase as a quote marked
 * {@code sourcing}, as a toll after "إن" does (q15, after dev21's B12 and dev16's gold). An announced noun that carries
 * no count is no reported clause (rule 25), and gives no quote.
 */
class AnnouncedCountNounsTest {
    private static final ClaimExtractor EXTRACTOR =
            ShippedRules.extractor();

    private static List<Claim> claims(String text) {
        return EXTRACTOR.extract(text, Language.AR, LocalDate.parse("2026-05-14"));
    }

    private static List<QuoteClaim> quotes(List<Claim> claims) {
        return claims.stream().filter(QuoteClaim.class::isInstance).map(QuoteClaim.class::cast).toList();
    }

    @Test
    void anAnnouncedArrestIsACountAndAMarkedQuote() {
        List<Claim> claims = claims("أعلنت وزارة الداخلية الأردنية، الأربعاء، توقيف 12 شخصاً يشتبه في تورطهم بتهريب المخدرات.");
        assertThat(claims).filteredOn(CountClaim.class::isInstance).hasSize(1);
        assertThat(quotes(claims)).singleElement().satisfies(q -> {
            assertThat(q.sourcing()).isTrue();
            assertThat(q.quote()).isEqualTo("توقيف 12 شخصاً يشتبه في تورطهم بتهريب المخدرات");
            assertThat(q.speaker().text()).isEqualTo("وزارة الداخلية الأردنية");
            assertThat(q.date()).isNotNull();
        });
    }

    @Test
    void aMediumBetweenCommasAndAParticipleAfterLeaveTheNounPhrase() {
        List<Claim> claims = claims("أعلن الجيش النيجيري، في بيان مساء الثلاثاء، مقتل خمسة من جنوده في هجوم على قاعدة عسكرية، "
                + "مؤكداً أن قواته صدت المهاجمين.");
        assertThat(quotes(claims)).filteredOn(QuoteClaim::sourcing).singleElement().satisfies(q -> {
            assertThat(q.quote()).isEqualTo("مقتل خمسة من جنوده في هجوم على قاعدة عسكرية");
            assertThat(q.speaker().text()).isEqualTo("الجيش النيجيري");
        });
    }

    @Test
    void anAnnouncedNounWithNoCountIsNoQuote() {
        assertThat(quotes(claims("وأعلنت الحكومة ارتفاع أسعار الخبز بنسبة عشرة في المئة."))).isEmpty();
        assertThat(quotes(claims("أعلنت الوزارة حالة الطوارئ في المحافظة."))).isEmpty();
    }

    @Test
    void aNoticeIssuedByABodyIsTheBodys() {
        assertThat(quotes(claims("وأوضح بلاغ صادر عن المديرية العامة للأمن الوطني أن الشرطة فتحت تحقيقاً في الحادث.")))
                .singleElement().satisfies(q -> assertThat(q.speaker().text()).isEqualTo("المديرية العامة للأمن الوطني"));
    }
}
