package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.arrests;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * An arrest already counted, told again in a later sentence with its date, the people named by a definite noun or a
 * pronoun: the date is the count's, no date claim of its own (the packs' {@code restated_arrests}, {@link
 * DateClaims#restatedArrests}); an arrest named by its event, or a date of another clause, stays a date claim.
 */
class RestatedArrestsTest {

    @Test
    void theMenCountedToldAgainWithTheirDayDateTheCount() {
        // published on Tuesday 12 May 2026: Saturday is the 9th
        String text = "Police in Bristol have arrested three men over a series of arson attacks on shops, officers said on Monday. "
                + "The men, all students at a local college, were arrested on Saturday at a warehouse near the docks.";
        assertThat(dateClaims(text, Language.EN, "2026-05-12")).isEmpty();
        assertThat(arrests(text, Language.EN, "2026-05-12")).containsExactly("3@2026-05-09..2026-05-09");
    }

    @Test
    void onePersonByNameOrTheWordsOfThoseWhoMadeTheArrestDateTheCount() {
        // published on Tuesday 12 May 2026: Saturday is the 9th, Sunday the 10th
        String named = "Security forces in Mali have arrested a journalist, his employer said on Monday. "
                + "Adama Coulibaly, a host of a popular morning show, was taken into custody at his home on Saturday evening.";
        assertThat(dateClaims(named, Language.EN, "2026-05-12")).isEmpty();
        assertThat(arrests(named, Language.EN, "2026-05-12")).containsExactly("1@2026-05-09..2026-05-09");
        String caught = "Police rounded up five suspected members of a kidnapping ring, officials said on Monday. "
                + "\"We caught them on Sunday night at a farm outside the city,\" the regional police chief said.";
        assertThat(dateClaims(caught, Language.EN, "2026-05-12")).isEmpty();
        assertThat(arrests(caught, Language.EN, "2026-05-12")).containsExactly("5@2026-05-10..2026-05-10");
        // one person by name is one of a count of one only: not the five counted before
        String notOne = "Police rounded up five suspected members of a kidnapping ring, officials said on Monday. "
                + "Ali Hassan, a lawyer for the group, was arrested on Sunday at a checkpoint.";
        assertThat(arrests(notOne, Language.EN, "2026-05-12")).contains("5@2026-05-11..2026-05-11")
                .doesNotContain("5@2026-05-10..2026-05-10");
        // a plural with its apposition and "had been" stays the group's
        String brothers = "Police in Bristol have arrested two brothers over a series of arson attacks on shops, officers said on "
                + "Monday. The brothers, the owners of a bakery, had been detained on Saturday at a warehouse near the docks.";
        assertThat(dateClaims(brothers, Language.EN, "2026-05-12")).isEmpty();
        assertThat(arrests(brothers, Language.EN, "2026-05-12")).containsExactly("2@2026-05-09..2026-05-09");
    }

    @Test
    void aPronounToldAgainDatesTheCountAndFreesTheCourtsDay() {
        // published on Friday 15 May 2026: the court's Thursday is a dated event of its own once the arrest has its day
        String text = "A court in Porto on Thursday remanded a 52-year-old man in custody over the theft of church paintings. "
                + "He was detained on Monday at his home in Braga, police said.";
        assertThat(arrests(text, Language.EN, "2026-05-15")).containsExactly("1@2026-05-11..2026-05-11");
        assertThat(dateClaims(text, Language.EN, "2026-05-15")).containsExactly("2026-05-14..2026-05-14");
    }

    @Test
    void anArrestNamedByItsEventDatesTheCountAndAnotherClausesDayStaysADateClaim() {
        // "The arrests were made …" names the operation whose arrests were counted: the incident told again (dev rule 15 as
        // amended on 2026-12-01, RestatedIncidentsTest), no date claim; dev15-en-019, written before, kept one
        String text = "Customs officers have arrested six people suspected of smuggling cigarettes, the ministry said on Monday. "
                + "The arrests were made in raids in two ports last week.";
        assertThat(dateClaims(text, Language.EN, "2026-05-12")).isEmpty();
        assertThat(arrests(text, Language.EN, "2026-05-12")).containsExactly("6@2026-05-04..2026-05-10");
        // a clause break between the arrest and the day: another event's day
        String other = "Police have arrested two men over the robbery of a bank, officers said on Monday. "
                + "The men were arrested after a chase, which began on Saturday near the border.";
        assertThat(dateClaims(other, Language.EN, "2026-05-12")).containsExactly("2026-05-09..2026-05-09");
    }

    /** One person told of again is not a group counted before: "He" is one of the two, arrested another time. */
    @Test
    void onePersonToldOfIsNoGroupsArrest() {
        String text = "Police arrested two protesters outside parliament, officials said on Sunday. "
                + "He was arrested in 2019 for a similar offence.";
        assertThat(arrests(text, Language.EN, "2026-05-12")).doesNotContain("2@2019-01-01..2019-12-31");
        assertThat(dateClaims(text, Language.EN, "2026-05-12")).containsExactly("2019-01-01..2019-12-31");
        // a count of one told again by "he" still takes the day
        String one = "Police arrested a 34-year-old man over the fire, officials said on Sunday. He was detained on Friday at his home.";
        assertThat(arrests(one, Language.EN, "2026-05-12")).containsExactly("1@2026-05-08..2026-05-08");
        // the killed men of an earlier sentence are no arrest told again
        String killed = "Five men were killed in the raid on Thursday. The men were arrested on Friday.";
        assertThat(dateClaims(killed, Language.EN, "2026-05-12")).contains("2026-05-08..2026-05-08");
    }

    @Test
    void anArabicArrestToldAgainDatesTheCount() {
        // published on Tuesday 12 May 2026: the Sunday before is the 10th
        String text = "أعلنت وزارة الداخلية توقيف خمسة أشخاص بتهمة تهريب الآثار. وكانت قوات الأمن قد ألقت القبض عليهم يوم الأحد الماضي في مدينة "
                + "الزرقاء.";
        assertThat(dateClaims(text, Language.AR, "2026-05-12")).isEmpty();
        assertThat(arrests(text, Language.AR, "2026-05-12")).containsExactly("5@2026-05-10..2026-05-10");
    }

    @Test
    void arabicArrestOperationsToldVerbFirstDateTheCountNotTheIncidentsWeek() {
        // published on Thursday 14 May 2026: last week is 4–10 May, Tuesday the 12th; the arrests are counted in a lede that
        // dates the incident they follow, then told again verb first ("ونفذت عمليات الاعتقال"), as after the noun
        String text = "اعتقلت الشرطة المغربية تسعة أشخاص في إطار التحقيق في حريق سوق شعبي بمدينة مكناس الأسبوع الماضي. "
                + "ونُفذت عمليات الاعتقال فجر الثلاثاء في ثلاث مدن.";
        assertThat(dateClaims(text, Language.AR, "2026-05-14")).isEmpty();
        assertThat(arrests(text, Language.AR, "2026-05-14")).containsExactly("9@2026-05-12..2026-05-12");
        // searches are no arrests told again: a sweep may arrest no one, and its day stays a date claim
        String search = "اعتقلت الشرطة المغربية تسعة أشخاص في إطار التحقيق في حريق سوق شعبي بمدينة مكناس الأسبوع الماضي. "
                + "ونُفذت عمليات التفتيش فجر الثلاثاء في ثلاث مدن.";
        assertThat(dateClaims(search, Language.AR, "2026-05-14")).containsExactly("2026-05-12..2026-05-12");
    }

    @Test
    void anArrestToldAgainInTheActiveVoiceDatesTheCount() {
        // published on Friday 15 May 2026: the court's Thursday is the 14th, last Monday the 11th
        String text = "A court in Ghent on Thursday remanded two men in custody over the theft of copper cable from a railway line. "
                + "Police detained the men at a scrapyard last Monday.";
        assertThat(arrests(text, Language.EN, "2026-05-15")).containsExactly("2@2026-05-11..2026-05-11");
        assertThat(dateClaims(text, Language.EN, "2026-05-15")).containsExactly("2026-05-14..2026-05-14");
    }
}
