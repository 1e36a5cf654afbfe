package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * The date vetoes of the packs reach only the date they are about: a postponement, a move, a birth, an age, a forecast,
 * a name or a document's title elsewhere in the sentence leaves a dated event beside it a date claim (review of the
 * session 11 date rounds, items 4 to 9). Published on Monday 30 November 2026 unless said otherwise.
 */
class NarrowedDateVetoesTest {

    private static final String PUBLISHED = "2026-11-30";

    @Test
    void aPostponementOfSomethingElseLeavesThePastDate() {
        assertThat(dateClaims("Militants attacked a convoy near the border on Saturday and a visit was postponed.", Language.EN, PUBLISHED))
                .containsExactly("2026-11-28..2026-11-28");
        assertThat(dateClaims("Gunmen stormed the village on Friday, and the minister's visit was later cancelled.", Language.EN, PUBLISHED))
                .containsExactly("2026-11-27..2026-11-27");
        assertThat(dateClaims("هاجم مسلحون قافلة قرب الحدود يوم السبت ثم أجلت الحكومة زيارة الوزير.", Language.AR, PUBLISHED))
                .containsExactly("2026-11-28..2026-11-28");
        assertThat(dateClaims("اقتحم مسلحون القرية يوم الجمعة وأجلت الحكومة زيارة الوزير.", Language.AR, PUBLISHED))
                .containsExactly("2026-11-27..2026-11-27");
        // the date's own schedule that did not hold stays none
        assertThat(dateClaims("The final, set for Nov. 21, was called off.", Language.EN, PUBLISHED)).isEmpty();
        assertThat(dateClaims("وكانت الانتخابات مقررة في 20 تشرين الثاني قبل أن تؤجل.", Language.AR, PUBLISHED)).isEmpty();
    }

    @Test
    void aRangeAfterAVerbThatMovesNothingIsAStretch() {
        assertThat(dateClaims("Trains were delayed across the network from Nov. 22 to Nov. 24 because of the strike.", Language.EN, PUBLISHED))
                .containsExactly("2026-11-22..2026-11-24");
        assertThat(dateClaims("قدمت المنظمة مساعدات غذائية للنازحين من 10 إلى 15 تشرين الثاني.", Language.AR, PUBLISHED))
                .containsExactly("2026-11-10..2026-11-15");
        assertThat(dateClaims("نقلت الشاحنات المساعدات إلى المخيمات من 3 إلى 6 تشرين الثاني.", Language.AR, PUBLISHED))
                .containsExactly("2026-11-03..2026-11-06");
        // a move of an event keeps only its new day (dev14-en-018)
        assertThat(dateClaims("The court postponed the hearing from Nov. 10 to Nov. 17.", Language.EN, PUBLISHED))
                .containsExactly("2026-11-17..2026-11-17");
        assertThat(dateClaims("وأرجأت المحكمة الجلسة من 10 إلى 17 تشرين الثاني.", Language.AR, PUBLISHED))
                .containsExactly("2026-11-17..2026-11-17");
    }

    @Test
    void aNumberThatIsNoAgeAndABirthBesideAnotherEventLeaveTheDate() {
        assertThat(dateClaims("Police turned 300 fans away from the stadium on Saturday.", Language.EN, PUBLISHED))
                .containsExactly("2026-11-28..2026-11-28");
        assertThat(dateClaims("Her son was born in a hospital tent hours after the strike on Sunday.", Language.EN, PUBLISHED))
                .containsExactly("2026-11-29..2026-11-29");
        // an age and a birth date stay none
        assertThat(dateClaims("The president, who turned 70 on Tuesday, did not attend the summit.", Language.EN, PUBLISHED)).isEmpty();
        assertThat(dateClaims("The singer was born on March 3, 1956.", Language.EN, PUBLISHED)).isEmpty();
    }

    @Test
    void aForecastAfterTheDateLeavesIt() {
        assertThat(dateClaims("The cyclone made landfall on Sunday as forecasters had predicted.", Language.EN, PUBLISHED))
                .containsExactly("2026-11-29..2026-11-29");
        assertThat(dateClaims("وصل الرئيس إلى القاهرة يوم الأحد في زيارة يتوقع أن تستمر ثلاثة أيام.", Language.AR, PUBLISHED))
                .containsExactly("2026-11-29..2026-11-29");
        assertThat(dateClaims("The storm hit the coast on Friday, earlier than forecasters had predicted.", Language.EN, PUBLISHED))
                .containsExactly("2026-11-27..2026-11-27");
        // a forecast of the day stays none
        assertThat(dateClaims("Forecasters predicted heavy rain across the north from Thursday.", Language.EN, PUBLISHED)).isEmpty();
    }

    @Test
    void aCapitalisedWordAfterASentenceOpeningDateIsNoName() {
        assertThat(dateClaims("On Nov. 4 City officials closed the market.", Language.EN, PUBLISHED)).containsExactly("2026-11-04..2026-11-04");
        assertThat(dateClaims("On Nov. 4 Road crews cleared the debris.", Language.EN, PUBLISHED)).containsExactly("2026-11-04..2026-11-04");
    }

    @Test
    void aYearBeforeLawEnforcementOrBudgetTalksIsNoDocument() {
        assertThat(dateClaims("In 2019 law enforcement agencies raided the group's offices.", Language.EN, PUBLISHED))
                .containsExactly("2019-01-01..2019-12-31");
        assertThat(dateClaims("In 2024 budget talks collapsed twice.", Language.EN, PUBLISHED)).containsExactly("2024-01-01..2024-12-31");
        // the document stays none
        assertThat(dateClaims("Opposition deputies want the 2014 constitution amended.", Language.EN, PUBLISHED)).isEmpty();
    }
}
