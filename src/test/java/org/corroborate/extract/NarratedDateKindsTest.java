package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.DateClaimsTest.EXTRACTOR;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.DateClaim;
import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * Which sentences carry a date claim, from the date round on dev25 and blind7's adjudication: a past relative clause
 * after a future word keeps its past tense, "the day after tomorrow" is a day fixed as "tomorrow" is, a habit is no
 * dated event, a day something had been scheduled for is no event (Arabic as English), a day of a narrated clause
 * joined before a speech verb is no statement's, «الاثنين» after a definite dual is "the two", and a past deadline is no
 * event.
 */
class NarratedDateKindsTest {

    /** The scheduled date claims, as start..end. */
    private static List<String> scheduled(String text, Language language, String published) {
        return EXTRACTOR.extract(text, language, LocalDate.parse(published)).stream()
                .filter(DateClaim.class::isInstance).map(DateClaim.class::cast).filter(DateClaim::scheduled)
                .map(d -> d.date().start() + ".." + d.date().end()).toList();
    }

    @Test
    void aPastRelativeClauseAfterAFutureWordIsReadBackwards() {
        // published on Saturday 14 March 2026: the inspection began on the 9th, not next year's 9 March
        assertThat(dateClaims("The regulator will release its findings on 2 April, after an inspection that started on 9 March.",
                Language.EN, "2026-03-14")).containsExactly("2026-04-02..2026-04-02", "2026-03-09..2026-03-09");
        assertThat(scheduled("The regulator will release its findings on 2 April, after an inspection that started on 9 March.",
                Language.EN, "2026-03-14")).containsExactly("2026-04-02..2026-04-02");
        assertThat(dateClaims("وستعلن الهيئة نتائجها في 2 نيسان، بعد عملية التفتيش التي بدأت في 9 آذار.",
                Language.AR, "2026-03-14")).containsExactly("2026-04-02..2026-04-02", "2026-03-09..2026-03-09");
        // «الماضي» after a day and month puts it back whatever future word stands earlier in the sentence
        assertThat(dateClaims("وسيناقش المجلس في جلسته المقبلة تداعيات هجوم 12 آذار الماضي على المطار.", Language.AR, "2026-04-01"))
                .containsExactly("2026-03-12..2026-03-12");
        // a clause of time in the past too (published on Tuesday 9 June 2026)
        assertThat(dateClaims("The court will hear the appeal on 20 June, weeks after the defendant was convicted on 2 June.",
                Language.EN, "2026-06-09")).containsExactly("2026-06-20..2026-06-20", "2026-06-02..2026-06-02");
        assertThat(dateClaims("ويعقد القادة قمة طارئة في الدوحة يوم الخميس، بعد أن اجتمع وزراء الخارجية في الرياض يوم الأحد.",
                Language.AR, "2026-06-09")).containsExactly("2026-06-11..2026-06-11", "2026-06-07..2026-06-07");
        assertThat(scheduled("Officials will brief reporters after the cabinet meets on Friday.", Language.EN, "2026-01-14"))
                .containsExactly("2026-01-16..2026-01-16");
        assertThat(scheduled("وسيعلن الاتحاد موقفه عندما يجتمع مجلسه يوم الجمعة.", Language.AR, "2026-01-14"))
                .containsExactly("2026-01-16..2026-01-16");
        // a present or future verb in the clause is still read forwards
        assertThat(scheduled("The union will hold a rally that starts on Friday.", Language.EN, "2026-01-08"))
                .containsExactly("2026-01-09..2026-01-09");
        assertThat(scheduled("وسيحضر الوزير الجلسة التي تعقد يوم الأربعاء.", Language.AR, "2026-01-08"))
                .containsExactly("2026-01-14..2026-01-14");
    }

    @Test
    void theDayAfterTomorrowIsAScheduledDay() {
        // published on Saturday 14 March 2026: Monday the 16th, named twice in Arabic
        assertThat(scheduled("وتعقد اللجنة جلستها الختامية بعد غد الاثنين في عمّان.", Language.AR, "2026-03-14"))
                .containsExactly("2026-03-16..2026-03-16");
        assertThat(scheduled("The committee holds its final session the day after tomorrow in Amman.", Language.EN, "2026-03-14"))
                .containsExactly("2026-03-16..2026-03-16");
        // a count of days is still no fixed day
        assertThat(dateClaims("وأرجأ المجلس النظر في الطعن بعد يومين من الجلسة.", Language.AR, "2026-03-14")).isEmpty();
    }

    @Test
    void aHabitIsNoDatedEvent() {
        // published on Wednesday 9 September 2026
        assertThat(dateClaims("Ferries normally leave the harbour on Sunday mornings.", Language.EN, "2026-09-09")).isEmpty();
        assertThat(dateClaims("Fuel queues usually lengthen ahead of the weekend.", Language.EN, "2026-09-09")).isEmpty();
        assertThat(dateClaims("ويزدحم سوق الخضار عادة صباح الجمعة.", Language.AR, "2026-09-09")).isEmpty();
        assertThat(dateClaims("وغالباً ما يتوقف العمل في الميناء يوم السبت.", Language.AR, "2026-09-09")).isEmpty();
        // a habit in another clause leaves an event's year alone
        assertThat(dateClaims("The council, founded in 1994, usually meets in the capital.", Language.EN, "2026-09-09"))
                .containsExactly("1994-01-01..1994-12-31");
        // and a time before the weekend is no event of it
        assertThat(dateClaims("Police reinforced checkpoints across the city ahead of the weekend.", Language.EN, "2026-09-09")).isEmpty();
    }

    @Test
    void aDaySomethingHadBeenScheduledForIsNoEventInArabic() {
        // as "elections, which were due to have been held in December 2021" (published on Thursday 2 April 2026)
        assertThat(dateClaims("وأُلغيت القمة الاقتصادية التي كانت مقررة في 12 تشرين الثاني 2024 بسبب الحرب.", Language.AR, "2026-04-02"))
                .isEmpty();
        assertThat(dateClaims("وكانت الجولة الثالثة مقررة في كانون الثاني الماضي.", Language.AR, "2026-04-02")).isEmpty();
        // the round held in January is one
        assertThat(dateClaims("وعقدت الجولة الثالثة من المحادثات في كانون الثاني الماضي.", Language.AR, "2026-04-02"))
                .containsExactly("2026-01-01..2026-01-31");
    }

    /** The dates of the quote claims, as start..end, or "none". */
    private static List<String> quoteDates(String text, Language language, String published) {
        return EXTRACTOR.extract(text, language, LocalDate.parse(published)).stream()
                .filter(QuoteClaim.class::isInstance).map(QuoteClaim.class::cast)
                .map(q -> q.date() == null ? "none" : q.date().start() + ".." + q.date().end()).toList();
    }

    @Test
    void aDayOfANarratedClauseBeforeTheSpeechVerbIsItsEvents() {
        // published on Friday 22 May 2026: the tour was on Tuesday the 19th; the statement is undated
        String ar = "وزار الوزير يوم الثلاثاء مخيم الزعتري، وأكد أن المساعدات ستصل قريباً.";
        assertThat(dateClaims(ar, Language.AR, "2026-05-22")).containsExactly("2026-05-19..2026-05-19");
        assertThat(quoteDates(ar, Language.AR, "2026-05-22")).containsExactly("none");
        String en = "The minister toured the camp on Tuesday, and told reporters that aid would arrive soon.";
        assertThat(dateClaims(en, Language.EN, "2026-05-22")).containsExactly("2026-05-19..2026-05-19");
        assertThat(quoteDates(en, Language.EN, "2026-05-22")).containsExactly("none");
        // a statement's own day stays the statement's
        String said = "وقالت الوزارة في بيان أمس، وأكدت أن المحادثات كانت مثمرة.";
        assertThat(dateClaims(said, Language.AR, "2026-05-22")).isEmpty();
        assertThat(quoteDates(said, Language.AR, "2026-05-22")).containsExactly("2026-05-21..2026-05-21");
    }

    @Test
    void theTwoAfterADefiniteDualIsNoMonday() {
        // published on Friday 22 May 2026
        assertThat(dateClaims("وأفرجت السلطات عن الصحفيين الاثنين بعد احتجازهما يوم الجمعة الماضي.", Language.AR, "2026-05-22"))
                .containsExactly("2026-05-15..2026-05-15");
        assertThat(dateClaims("وعقد المجلس جلسته الاثنين.", Language.AR, "2026-05-22")).containsExactly("2026-05-18..2026-05-18");
    }

    @Test
    void aPastDeadlineIsNoEvent() {
        assertThat(dateClaims("وتأتي الحملة بعد انتهاء مهلة العفو التي منحتها الحكومة للمخالفين في 30 حزيران الماضي.",
                Language.AR, "2026-04-29")).isEmpty();
        assertThat(dateClaims("The raids came after an amnesty deadline for visa violators expired on 30 June.",
                Language.EN, "2026-04-29")).isEmpty();
    }
}
