package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import java.time.LocalDate;

import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * Dates that name an observance or a past event (issue 5, second round): a weekday of a weekly observance and a past
 * event named by its day and month give no date claim; a time word before the observance dates what follows it. A
 * forecast in another clause leaves a scheduled day, and a quotation that does not hold a date leaves it a claim.
 */
class ObservancesAndNamedDaysTest {

    @Test
    void aWeeklyObservanceIsNoDatedEvent() {
        assertThat(dateClaims("The Friday prayer leader of the Grand Mosque criticised the government's handling of the floods.",
                Language.EN, "2026-11-30")).isEmpty();
        assertThat(dateClaims("The cardinal, who celebrates Sunday Mass at the cathedral, called for calm.",
                Language.EN, "2026-11-30")).isEmpty();
        assertThat(dateClaims("Volunteers run a Sunday school for displaced children in the camp.", Language.EN, "2026-11-30")).isEmpty();
        assertThat(dateClaims("وانتقد خطيب الجمعة في المسجد الكبير أداء الحكومة في مواجهة الفيضانات.", Language.AR, "2026-11-30")).isEmpty();
        assertThat(dateClaims("وقررت وزارة الأوقاف تعليق صلاة الجمعة في المساجد بسبب انتشار الوباء.", Language.AR, "2026-11-30")).isEmpty();
    }

    @Test
    void aTimeWordBeforeAnObservanceDatesWhatFollows() {
        // published on Monday 30 November 2026: Friday is the 27th, Sunday the 29th
        assertThat(dateClaims("After Friday prayers, protesters marched to the parliament building.", Language.EN, "2026-11-30"))
                .containsExactly("2026-11-27..2026-11-27");
        assertThat(dateClaims("A gunman opened fire on worshippers during Sunday Mass in the town.", Language.EN, "2026-11-30"))
                .containsExactly("2026-11-29..2026-11-29");
        assertThat(dateClaims("On Monday schools reopened across the country.", Language.EN, "2026-11-30"))
                .containsExactly("2026-11-30..2026-11-30");
        assertThat(dateClaims("وأصيب مصلون في انفجار عبوة ناسفة في صلاة الجمعة بمسجد في المدينة.", Language.AR, "2026-11-30"))
                .containsExactly("2026-11-27..2026-11-27");
        assertThat(dateClaims("وخرج آلاف المتظاهرين عقب صلاة الجمعة في وسط العاصمة.", Language.AR, "2026-11-30"))
                .containsExactly("2026-11-27..2026-11-27");
        assertThat(dateClaims("وتجمّع المئات بعد صلاة الجمعة أمام مقر الحكومة للمطالبة برحيلها.", Language.AR, "2026-11-30"))
                .containsExactly("2026-11-27..2026-11-27");
    }

    @Test
    void aPastEventNamedByItsDayAndMonthIsNoDatedEvent() {
        assertThat(dateClaims("Security was tightened around the memorial to the victims of the Sept. 11 attacks.",
                Language.EN, "2026-11-30")).isEmpty();
        assertThat(dateClaims("Survivors of the Nov. 13 attacks in Paris testified in court.", Language.EN, "2026-11-30")).isEmpty();
        assertThat(dateClaims("وشارك المئات في إحياء ذكرى ضحايا أحداث 11 سبتمبر في نيويورك.", Language.AR, "2026-11-30")).isEmpty();
        assertThat(dateClaims("وقال الناشط إن انقلاب 3 يوليو أنهى التجربة الديمقراطية.", Language.AR, "2026-11-30")).isEmpty();
        // with its year the event is dated; a single attack named by a recent day stays one
        assertThat(dateClaims("Survivors of the Nov. 13, 2015 attacks in Paris testified in court.", Language.EN, "2026-11-30"))
                .containsExactly("2015-11-13..2015-11-13");
        assertThat(dateClaims("The Nov. 13 attack on a checkpoint near the border killed no one.", Language.EN, "2026-11-30"))
                .containsExactly("2026-11-13..2026-11-13");
    }

    @Test
    void aForecastInAnotherClauseLeavesTheScheduledDay() {
        // dev15-ar-027's pattern: the forecast is the first clause's, the meeting the second's
        assertThat(dateClaims("ويُتوقع أن تتأخر نتائج الفرز، وتعقد اللجنة اجتماعها المقبل في 9 تموز.", Language.AR, "2026-06-20"))
                .containsExactly("2026-07-09..2026-07-09");
        assertThat(dateClaims("Inflation is expected to ease further, and the committee meets again on July 9.", Language.EN, "2026-06-20"))
                .containsExactly("2026-07-09..2026-07-09");
        // weather is a forecast's topic across the sentence
        assertThat(dateClaims("The cyclone is expected to strengthen, and it will make landfall on Friday.", Language.EN, "2026-11-30")).isEmpty();
        assertThat(dateClaims("وحذرت الأرصاد الجوية من عاصفة قوية، وستصل إلى السواحل الجنوبية يوم الخميس المقبل.", Language.AR, "2026-11-30"))
                .isEmpty();
        // in the date's own clause the forecast still holds
        assertThat(dateClaims("ويُتوقع أن تعلن اللجنة النتائج في 9 تموز.", Language.AR, "2026-06-20")).isEmpty();
        assertThat(dateClaims("Heavy rain is expected on July 9, forecasters said.", Language.EN, "2026-06-20")).isEmpty();
    }

    @Test
    void aQuotationThatDoesNotHoldTheDateLeavesItAClaim() {
        assertThat(dateClaims("The senator condemned the decision as “a betrayal of voters” when it was taken last November.",
                Language.EN, "2026-11-30")).containsExactly("2025-11-01..2025-11-30");
        assertThat(dateClaims("The minister described the agreement as “historic” after it was signed in March.",
                Language.EN, "2026-11-30")).containsExactly("2026-03-01..2026-03-31");
        // a year in an aside on the speaker is the speaker's own event (dev9-ar-021's pattern)
        assertThat(dateClaims("وقال الصحفي سامر يوسف، الذي سُجن عام 2018، إن قانون المطبوعات الجديد «يقيّد حرية التعبير».",
                Language.AR, "2026-11-30")).containsExactly("2018-01-01..2018-12-31");
        // the day of the statement itself is the quote's
        assertThat(dateClaims("In March, the minister described the agreement as “historic”.", Language.EN, "2026-11-30")).isEmpty();
    }

    @Test
    void aStatementIsNeverDatedByADayAfterPublication() {
        // the day belongs to the event inside the statement: a scheduled date claim (rule 21b), the quote undated
        String en = "Talks will resume in Geneva on Thursday, a diplomat told reporters, adding that both sides would attend.";
        assertThat(quoteDates(en, Language.EN, "2026-11-30")).containsOnlyNulls();
        assertThat(dateClaims(en, Language.EN, "2026-11-30")).containsExactly("2026-12-03..2026-12-03");
        String ar = "وستُستأنف المحادثات في جنيف يوم الخميس المقبل، وفق دبلوماسي أكد أن الطرفين سيحضران.";
        assertThat(quoteDates(ar, Language.AR, "2026-11-30")).containsOnlyNulls();
        assertThat(dateClaims(ar, Language.AR, "2026-11-30")).containsExactly("2026-12-03..2026-12-03");
    }

    @Test
    void anEventADayAfterAnotherIsDatedByTheNextDay() {
        // published on Monday 30 November 2026: Tuesday is the 24th, Thursday the 26th
        assertThat(dateClaims("The army closed the crossing a day after the raid on Tuesday.", Language.EN, "2026-11-30"))
                .containsExactlyInAnyOrder("2026-11-24..2026-11-24", "2026-11-25..2026-11-25");
        assertThat(dateClaims("Militants attacked a checkpoint on Thursday, and the army sealed the district the day after.",
                Language.EN, "2026-11-30")).containsExactly("2026-11-26..2026-11-26", "2026-11-27..2026-11-27");
        assertThat(dateClaims("واستقال وزير الداخلية غداة الهجوم الذي وقع يوم الخميس على مركز للشرطة.", Language.AR, "2026-11-30"))
                .containsExactlyInAnyOrder("2026-11-26..2026-11-26", "2026-11-27..2026-11-27");
        assertThat(dateClaims("وأغلق الجيش المعبر بعد يوم من المداهمة التي نفذها يوم الثلاثاء.", Language.AR, "2026-11-30"))
                .containsExactlyInAnyOrder("2026-11-24..2026-11-24", "2026-11-25..2026-11-25");
        // the day before: the eve of a vote held on Sunday the 29th
        assertThat(dateClaims("The president dissolved the electoral commission on the eve of the vote on Sunday.", Language.EN, "2026-11-30"))
                .containsExactlyInAnyOrder("2026-11-29..2026-11-29", "2026-11-28..2026-11-28");
        // "on DAY, a day after" another event: that event is the day before (dev8-en-014's pattern), even after a quotation
        assertThat(dateClaims("“Every school must be rebuilt,” the mayor said on Thursday, a day after floods swept through the valley.",
                Language.EN, "2026-11-30")).containsExactly("2026-11-25..2026-11-25");
        // "a day after" with no day named before it anchors nothing
        assertThat(dateClaims("The statement came a day after a drone struck an oil depot.", Language.EN, "2026-11-30")).isEmpty();
        // not past publication: a day after a raid on the publication day itself
        assertThat(dateClaims("The army closed the crossing a day after the raid on Monday.", Language.EN, "2026-11-30"))
                .containsExactly("2026-11-30..2026-11-30");
    }

    private static java.util.List<Object> quoteDates(String text, Language language, String published) {
        return DateClaimsTest.EXTRACTOR.extract(text, language, LocalDate.parse(published)).stream()
                .filter(QuoteClaim.class::isInstance).map(c -> (Object) ((QuoteClaim) c).date()).toList();
    }

    @Test
    void aFeastCelebratedIsNoDatedEvent() {
        // a feast celebrated or marked is the calendar's, a commemoration (dev rule 21b)
        assertThat(dateClaims("The two girls had been celebrating the end of Ramadan with relatives when the shell hit the house.",
                Language.EN, "2026-04-02")).isEmpty();
        assertThat(dateClaims("Displaced families marked Christmas in the church hall.", Language.EN, "2026-01-05")).isEmpty();
        // a feast as the time another event came in is that event's date
        assertThat(dateClaims("Fighting flared in the north during Ramadan.", Language.EN, "2026-04-02")).hasSize(1);
    }
}
