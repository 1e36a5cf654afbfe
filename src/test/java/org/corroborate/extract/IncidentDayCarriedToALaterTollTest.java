package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countsWithDays;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * The day of a counted incident told where no count stands: an incident that opens its sentence with the verb of its
 * happening ("A powerful cyclone struck …", «ضرب زلزال …»), its toll in the next sentence (the packs' {@code
 * incident_phrase_before}); and "the same day" or «الليلة نفسها» of a later sentence, the day the toll carries (the packs'
 * {@code same_day} mark). The counts carry the day, which is no date claim of its own (dev rule 21).
 */
class IncidentDayCarriedToALaterTollTest {

    // published on Thursday 10 December 2026: Tuesday is the 8th, Wednesday the 9th

    private static final String PUBLISHED = "2026-12-10";

    @Test
    void anIncidentOpeningItsSentenceGivesItsDayToTheLaterToll() {
        String text = "A powerful cyclone struck the eastern coast late on Tuesday, flattening fishing villages. "
                + "The disaster agency said 23 people were killed.";
        assertThat(dateClaims(text, Language.EN, PUBLISHED)).isEmpty();
        assertThat(countsWithDays(text, Language.EN, PUBLISHED)).containsExactly("killed 23@2026-12-08..2026-12-08");
        // no incident before the day: the sentence's own event keeps its date claim
        String other = "The president toured the eastern coast on Tuesday. The disaster agency said 23 people were killed.";
        assertThat(dateClaims(other, Language.EN, PUBLISHED)).containsExactly("2026-12-08..2026-12-08");
    }

    @Test
    void anArabicIncidentOpeningItsSentenceGivesItsDayToTheLaterToll() {
        String text = "ضربت هزة أرضية عنيفة ولاية جبلية في جنوب البلاد مساء الثلاثاء، وألحقت أضراراً بمئات المنازل، وفق وكالة الأنباء الرسمية. "
                + "وأعلن الدفاع المدني أن سبعة أشخاص لقوا حتفهم.";
        assertThat(dateClaims(text, Language.AR, PUBLISHED)).isEmpty();
        assertThat(countsWithDays(text, Language.AR, PUBLISHED)).containsExactly("killed 7@2026-12-08..2026-12-08");
        // a visit is no incident: its day stays a date claim
        String visit = "زار رئيس الوزراء الولاية الجبلية في جنوب البلاد مساء الثلاثاء. وأعلن الدفاع المدني أن سبعة أشخاص لقوا حتفهم.";
        assertThat(dateClaims(visit, Language.AR, PUBLISHED)).containsExactly("2026-12-08..2026-12-08");
    }

    @Test
    void theSameNightOrDayOfTheTollIsNoDateClaim() {
        String night = "قتل أربعة مدنيين في غارات استهدفت مدينة إدلب ليل الثلاثاء إلى الأربعاء. "
                + "وقالت الدفاعات الجوية إنها أسقطت ست طائرات مسيرة خلال الليلة ذاتها.";
        assertThat(dateClaims(night, Language.AR, PUBLISHED)).isEmpty();
        String day = "قتل أربعة مدنيين في قصف استهدف مدينة إدلب يوم الثلاثاء. وأكد الجيش أنه دمر منصتين للصواريخ في اليوم نفسه.";
        assertThat(dateClaims(day, Language.AR, PUBLISHED)).isEmpty();
        String english = "Four civilians were killed in shelling of Idlib on Tuesday. The army said it destroyed two rocket launchers on the same day.";
        assertThat(dateClaims(english, Language.EN, PUBLISHED)).isEmpty();
    }

    @Test
    void theSameDayOfADayNoCountCarriesStaysADateClaim() {
        // the day named again is a meeting's, no count's: a dated event
        String text = "قتل أربعة مدنيين في قصف استهدف مدينة إدلب يوم الثلاثاء. واجتمع وزيرا الخارجية في أنقرة يوم الأربعاء، "
                + "ووقعا اتفاقاً في اليوم نفسه.";
        assertThat(dateClaims(text, Language.AR, PUBLISHED)).contains("2026-12-09..2026-12-09");
    }
}
