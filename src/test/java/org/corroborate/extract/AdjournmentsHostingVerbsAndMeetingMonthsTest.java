package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * The kinds of date error blind10's adjudication found, each in new words: an adjournment's new day told after the day of
 * the decision (#15), and a schedule told in the present plural or by a hosting verb, read forwards (#19, #28).
 */
class AdjournmentsHostingVerbsAndMeetingMonthsTest {
    /** #15: the new day of an adjournment is a scheduled day of its own, not the end of a stretch the decision's day opens. */
    @Test
    void anAdjournmentsNewDayIsADateClaim() {
        assertThat(dateClaims("The corruption trial of the former mayor was adjourned on Monday until December 9.", Language.EN,
                "2026-11-25")).containsExactly("2026-11-23..2026-11-23", "2026-12-09..2026-12-09");
        assertThat(dateClaims("وأرجأت محكمة الجنايات يوم الاثنين محاكمة رئيس البلدية السابق إلى التاسع من كانون الأول المقبل.",
                Language.AR, "2026-11-25")).containsExactly("2026-11-23..2026-11-23", "2026-12-09..2026-12-09");
        // a stretch the first day opens still ends at its "until"
        assertThat(dateClaims("Fighting broke out on Monday and lasted until Wednesday, the army said.", Language.EN, "2026-11-25"))
                .containsExactly("2026-11-23..2026-11-25");
    }

    /** #19, #28: a team's arrival in the present plural and a home match told by a hosting verb are ahead of publication. */
    @Test
    void aScheduleInThePresentPluralOrByAHostingVerbIsReadForwards() {
        // published on a Wednesday
        assertThat(dateClaims("New Zealand arrive in Cardiff on Friday before facing Wales at the weekend.", Language.EN,
                "2026-11-04")).contains("2026-11-06..2026-11-06");
        assertThat(dateClaims("The two delegations meet in Geneva on Monday for a third round of talks.", Language.EN, "2026-11-04"))
                .containsExactly("2026-11-09..2026-11-09");
        assertThat(dateClaims("ويستقبل الرجاء ضيفه الترجي التونسي مساء الجمعة على ملعب محمد الخامس في ذهاب ربع النهائي.",
                Language.AR, "2026-11-04")).containsExactly("2026-11-06..2026-11-06");
        // a negated past arrival stays back
        assertThat(dateClaims("The relief convoy did not arrive on Monday, aid workers said.", Language.EN, "2026-11-04"))
                .containsExactly("2026-11-02..2026-11-02");
    }

    /**
     * dev30/dev31 kinds: a negated state up to a past day is no event; suspects brought before prosecutors and a decided closure
     * with a long place between are ahead; "following" before a possessive day is a preposition, not "the following".
     */
    @Test
    void statesSoFarHandoversClosuresAndFollowing() {
        // published on a Wednesday
        assertThat(dateClaims("انفجرت عبوة ناسفة بدورية للشرطة في مدينة دير الزور صباح الاثنين، ما أدى إلى مقتل ثلاثة عناصر. ولم تعلن أي جهة "
                + "مسؤوليتها عن التفجير حتى مساء الثلاثاء.", Language.AR, "2026-07-08")).isEmpty();
        assertThat(dateClaims("وضبطت الجمارك ٤٠ كيلوغراماً من المخدرات في ميناء طنجة. ويُحال المشتبه بهم إلى النيابة العامة يوم الجمعة.",
                Language.AR, "2026-07-08")).containsExactly("2026-07-10..2026-07-10");
        assertThat(dateClaims("وقررت السلطات المحلية إغلاق المدارس والجامعات والمكاتب الحكومية في ولايتي الداخلية والظاهرة يوم الخميس.",
                Language.AR, "2026-07-08")).containsExactly("2026-07-09..2026-07-09");
        assertThat(dateClaims("Police arrested 17 people after scuffles broke out in the car park following Sunday's derby.", Language.EN,
                "2026-07-08")).isEmpty();
    }

    /** #14, #21: a reporter's contact is no event; "the same night" after a night across two days is that night. */
    @Test
    void aReportersContactAndTheSameNight() {
        assertThat(dateClaims("Customs officers arrested four men with 300 kg of cocaine at the port of Antwerp on Monday. The shipping company did not "
                + "respond to a request for comment on Tuesday.", Language.EN, "2026-03-11")).isEmpty();
        assertThat(dateClaims("اعتقلت الجمارك أربعة رجال بحوزتهم ٣٠٠ كيلوغرام من الكوكايين في ميناء طنجة يوم الاثنين. ورفض متحدث باسم الشركة التعليق لدى "
                + "الاتصال به الثلاثاء.", Language.AR, "2026-03-11")).isEmpty();
        // published on a Wednesday: the night from Monday into Tuesday
        assertThat(dateClaims("قصفت المسيرات مستودعاً للوقود في ضواحي المدينة ليل الاثنين الثلاثاء. وأعلن الجيش أنه اعترض ١٢ صاروخاً في "
                + "الليلة نفسها.", Language.AR, "2026-03-11")).containsExactly("2026-03-09..2026-03-10", "2026-03-09..2026-03-10");
    }

    /**
     * dev30-en-023: a count in a relative clause opened right after a date ("…, in which four people were killed") is dated by
     * that date; the sentence's own day is then the main verb's date claim.
     */
    @Test
    void aCountInARelativeClauseAfterADateTakesThatDate() {
        assertThat(dateClaims("Lawmakers voted on Tuesday to open an inquiry into the handling of the riots in Durban in July, in which "
                + "nine people were killed.", Language.EN, "2026-10-08")).containsExactly("2026-10-06..2026-10-06");
    }

    /** dev31-en-020: what conditions should do over a coming weekend is a forecast, no scheduled event. */
    @Test
    void whatConditionsShouldDoIsAForecast() {
        assertThat(dateClaims("Police detained three climbers on Friday. Visibility should improve slowly as the weekend goes on.",
                Language.EN, "2026-10-23")).isEmpty();
    }

    /** #11: a month that names a meeting as its modifier is the meeting's month, not the period of the clause's figure. */
    @Test
    void aMonthNamingAMeetingIsADatedEvent() {
        assertThat(dateClaims("Police arrested two traders on Monday. The bank's board kept its key rate at 6.25 percent at its March "
                + "policy meeting.", Language.EN, "2026-05-20")).containsExactly("2026-03-01..2026-03-31");
        // a figure's month stays its period
        assertThat(dateClaims("Police arrested two traders on Monday. Inflation eased to 6.25 percent in March.", Language.EN,
                "2026-05-20")).isEmpty();
    }

    /** dev31-en-024: a feast after "ahead of the" is the time another state comes before, no dated event. */
    @Test
    void aFeastAheadOfTheIsNoDatedEvent() {
        assertThat(dateClaims("Police arrested two men on Thursday. The Austrian team flies home ahead of the Christmas holidays.",
                Language.EN, "2026-12-18")).containsExactly();
    }

    /** dev31-en-024: a schedule in the present for the publication day itself is scheduled; a past one for that day is not. */
    @Test
    void aScheduleForThePublicationDayIsScheduled() {
        // published on a Saturday
        assertThat(dateClaims("The giant slalom is scheduled for Saturday afternoon.", Language.EN, "2026-12-12"))
                .containsExactly("2026-12-12..2026-12-12");
        assertThat(dateClaims("The giant slalom was scheduled for Saturday afternoon.", Language.EN, "2026-12-12")).isEmpty();
    }

    /** dev30-ar-010: «في ٢٦ منه» is a day of the month named just before, not a number; a law's article is none. */
    @Test
    void aDayOfItIsADayOfTheMonthNamedBefore() {
        assertThat(dateClaims("ويخوض الوداد مباراة الذهاب في الدار البيضاء في ١٢ أيار، على أن تقام مباراة الإياب في تونس في ١٩ منه.",
                Language.AR, "2026-05-02")).containsExactly("2026-05-12..2026-05-12", "2026-05-19..2026-05-19");
        assertThat(dateClaims("وصدر القانون في ٣ آذار، ونصت المادة ١٩ منه على عقوبات مشددة.", Language.AR, "2026-05-02"))
                .containsExactly("2026-03-03..2026-03-03");
    }
}
