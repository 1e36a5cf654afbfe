package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.Claim;
import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.corroborate.extract.ClaimExtractor;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * A number that ends a body's name ("Charter 97", "Radio 24", "Article 19") counts no one: a qualifier after it that
 * a number follows ("said at least four") opens that number, not the name's; a bare number after a capitalised word,
 * at the sentence's end or before an announcing verb, is the name's. The speaker so named is a speaker (blind16's
 * adjudication, E3).
 */
class NumbersInNamesTest {
    private static final ClaimExtractor EXTRACTOR = ShippedRules.extractor();

    private static List<Claim> claims(String text) {
        return EXTRACTOR.extract(text, Language.EN, LocalDate.parse("2026-06-02"));
    }

    private static List<CountClaim> counts(String text) {
        return claims(text).stream().filter(CountClaim.class::isInstance).map(CountClaim.class::cast).toList();
    }

    @Test
    void theQualifierAfterANamesNumberOpensTheCount() {
        String text = "The rights group Watch 45 said at least six activists had been detained since March.";
        assertThat(counts(text)).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(CountClaim.Action.ARRESTED);
            assertThat(c.count().min()).isEqualTo(6);
        });
        assertThat(claims(text)).filteredOn(QuoteClaim.class::isInstance).map(c -> (QuoteClaim) c)
                .singleElement().satisfies(q -> {
                    assertThat(q.speaker().text()).isEqualTo("The rights group Watch 45");
                    assertThat(q.sourcing()).isTrue();
                });
    }

    @Test
    void aStationsNumberBeforeReportedThatIsNoCount() {
        assertThat(counts("Broadcaster Channel 12 reported that at least three soldiers were wounded in the blast."))
                .singleElement().satisfies(c -> {
                    assertThat(c.action()).isEqualTo(CountClaim.Action.WOUNDED);
                    assertThat(c.count().min()).isEqualTo(3);
                });
    }

    @Test
    void aNamesNumberAfterAccordingToIsNoCount() {
        assertThat(counts("At least five journalists were killed in the region last year, according to Article 19."))
                .singleElement().satisfies(c -> assertThat(c.count().min()).isEqualTo(5));
    }

    @Test
    void aQualifierAfterTheCountedNounStillQualifiesIt() {
        assertThat(counts("Twelve people at least were killed in the landslide."))
                .singleElement().satisfies(c -> assertThat(c.count().min()).isEqualTo(12));
        assertThat(counts("The army said 40 soldiers at least were wounded."))
                .singleElement().satisfies(c -> assertThat(c.count().min()).isEqualTo(40));
    }

    @Test
    void aBareCountAfterAVerbIsStillACount() {
        assertThat(counts("Gunmen stormed the village and killed 7.")).singleElement()
                .satisfies(c -> assertThat(c.count().value()).isEqualTo(7));
    }
}
