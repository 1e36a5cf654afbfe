package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;
import static org.corroborate.extract.ExtractedClaims.scheduled;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A stretch of days and their month without a year, read forward by a present verb, that began before publication and
 * ends after it (sentences of our own published on Wednesday 15 April 2026): «تقام البطولة في نيروبي بين 10 و17 نيسان» is
 * this April's championship, under way, not next year's; an event while it runs (no scheduled one). A stretch wholly ahead
 * stays ahead, and one wholly past in a present sentence stays next year's, as before.
 */
class StretchUnderWayAtPublicationTest {
    private static final String WED = "2026-04-15";

    @Test
    void arabicStretchUnderWayIsThisYears() {
        assertThat(dateClaims("تقام بطولة أفريقيا لألعاب القوى في نيروبي بين 10 و17 نيسان بمشاركة 40 دولة.", Language.AR, WED))
                .containsExactly("2026-04-10..2026-04-17");
        assertThat(dateClaims("وأحرز العداء الكيني ذهبية سباق 5000 متر في البطولة التي تحتضنها العاصمة بين 10 و17 نيسان.",
                Language.AR, WED)).containsExactly("2026-04-10..2026-04-17");
        assertThat(scheduled("تقام بطولة أفريقيا لألعاب القوى في نيروبي بين 10 و17 نيسان بمشاركة 40 دولة.", Language.AR, WED))
                .isEmpty();
    }

    @Test
    void englishStretchUnderWayIsThisYears() {
        assertThat(dateClaims("The championships, which run from April 10 to 17 in Nairobi, drew athletes from 40 countries.",
                Language.EN, WED)).containsExactly("2026-04-10..2026-04-17");
    }

    @Test
    void aStretchWhollyAheadOrWhollyPastKeepsItsYear() {
        // wholly ahead: this year's, scheduled
        assertThat(scheduled("تقام بطولة أفريقيا لألعاب القوى في نيروبي بين 20 و26 نيسان.", Language.AR, WED))
                .containsExactly("2026-04-20..2026-04-26");
        assertThat(scheduled("The championships run from April 20 to 26 in Nairobi.", Language.EN, WED))
                .containsExactly("2026-04-20..2026-04-26");
        // wholly past in a present sentence: next year's, as a schedule
        assertThat(dateClaims("تقام بطولة أفريقيا لألعاب القوى في نيروبي بين 1 و6 نيسان.", Language.AR, WED))
                .containsExactly("2027-04-01..2027-04-06");
        assertThat(dateClaims("The championships run from April 1 to 6 in Nairobi.", Language.EN, WED))
                .containsExactly("2027-04-01..2027-04-06");
        // wholly past in a past sentence: this year's
        assertThat(dateClaims("أقيمت بطولة أفريقيا لألعاب القوى في نيروبي بين 1 و6 نيسان.", Language.AR, WED))
                .containsExactly("2026-04-01..2026-04-06");
    }

    @Test
    void aSeasonOfEveryYearIsNoEvent() {
        assertThat(dateClaims("ويتوافد آلاف السياح سنويا على المدينة خلال موسم الصيف الذي يمتد من 1 نيسان إلى 30 حزيران.",
                Language.AR, WED)).isEmpty();
    }
}
