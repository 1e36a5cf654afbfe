package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * What reads a bare day ahead of publication rather than back from it (dev rule 21b; kind 1 of the held-out adjudications,
 * "scheduled days read backwards"): the tense of the verb that governs the day, not a list of events. Sentences of our own,
 * published on Wednesday 11 February 2026 unless said.
 */
class ScheduleFrameTest {
    private static final String WED = "2026-02-11";

    @Test
    void aPresentSimpleVerbOfASchedulePointsTheDayAhead() {
        assertThat(dateClaims("The new wing of the museum opens to the public on Saturday after three years of work.", Language.EN, WED))
                .containsExactly("2026-02-14..2026-02-14");
        // ("exhibition" ends in "on", a word the verb may not follow: only a whole word counts)
        assertThat(dateClaims("The exhibition reopens to visitors on Tuesday.", Language.EN, WED)).containsExactly("2026-02-17..2026-02-17");
        assertThat(dateClaims("Parliament votes on the amended budget on Thursday.", Language.EN, WED)).containsExactly("2026-02-12..2026-02-12");
        assertThat(dateClaims("The former minister appears in court on Monday on corruption charges.", Language.EN, WED))
                .containsExactly("2026-02-16..2026-02-16");
        assertThat(dateClaims("The delegation arrives in Amman on Sunday for two days of talks.", Language.EN, WED))
                .containsExactly("2026-02-15..2026-02-15");
    }

    @Test
    void aPastVerbANounOrAnAppearanceKeepsTheDayBack() {
        assertThat(dateClaims("Three people were killed when a gunman opened fire on Friday.", Language.EN, WED)).isEmpty();
        assertThat(dateClaims("The museum reopened to visitors on Tuesday.", Language.EN, WED)).containsExactly("2026-02-10..2026-02-10");
        assertThat(dateClaims("The suspect appears to have left the city on Friday.", Language.EN, WED))
                .containsExactly("2026-02-06..2026-02-06");
        // a plural noun after its determiner is no verb
        assertThat(dateClaims("The postal votes on Sunday were counted first.", Language.EN, WED)).doesNotContain("2026-02-15..2026-02-15");
    }

    @Test
    void aMeasureDecidedOrAnnouncedForADayIsAhead() {
        assertThat(dateClaims("قررت وزارة التربية تعطيل الدوام في المدارس الحكومية يوم الخميس بسبب العاصفة.", Language.AR, WED))
                .containsExactly("2026-02-12..2026-02-12");
        assertThat(dateClaims("أعلنت السلطات إغلاق المعبر الحدودي يوم السبت أمام حركة الشاحنات.", Language.AR, WED))
                .containsExactly("2026-02-14..2026-02-14");
        assertThat(dateClaims("أعلن الحزب عقد مؤتمره العام يوم 5 آذار في العاصمة.", Language.AR, WED)).containsExactly("2026-03-05..2026-03-05");
    }

    @Test
    void anAnnouncementsOwnDayOrAPastEventBetweenStaysBack() {
        // the day set off by commas is the announcement's: what was announced that day is the ministry's quote, which the day
        // dates, and no date claim of its own (dates-ar40: «أعلن» + a day + a noun phrase)
        assertThat(dateClaims("أعلنت وزارة الداخلية، الخميس، تعطيل الدراسة بسبب العاصفة.", Language.AR, WED)).isEmpty();
        // an investigation into an attack: the attack's day
        assertThat(dateClaims("أعلنت النيابة فتح تحقيق في الهجوم الذي وقع يوم الأحد قرب المطار.", Language.AR, WED))
                .containsExactly("2026-02-08..2026-02-08");
        assertThat(dateClaims("أعلنت الحكومة فرض حظر التجول يوم الجمعة الماضي في المدينة.", Language.AR, WED))
                .containsExactly("2026-02-06..2026-02-06");
    }

    @Test
    void aVerbOfLastingCarriesAScheduledStartToItsEndAcrossTheWordsBetween() {
        assertThat(dateClaims("The vaccination campaign starts on Sunday in all 36 states and runs until 20 February.", Language.EN, WED))
                .containsExactly("2026-02-15..2026-02-20");
        assertThat(dateClaims("تنطلق حملة التلقيح ضد شلل الأطفال يوم الأحد المقبل في جميع المحافظات وتستمر حتى 20 شباط.", Language.AR, WED))
                .containsExactly("2026-02-15..2026-02-20");
        assertThat(dateClaims("يفتتح المعرض أبوابه يوم 20 شباط في مدينة المعارض ويستمر حتى 2 آذار.", Language.AR, WED))
                .containsExactly("2026-02-20..2026-03-02");
        // a deadline of another clause is no end of the stretch; a past event keeps its own day
        assertThat(dateClaims("The trial opens on Tuesday in the capital; the defence has until 20 February to file its case.", Language.EN, WED))
                .containsExactly("2026-02-17..2026-02-17");
        assertThat(dateClaims("اندلعت الاشتباكات مساء السبت في أحياء المدينة الجنوبية واستمرت حتى فجر الأحد.", Language.AR, WED))
                .containsExactly("2026-02-07..2026-02-07");
    }

    @Test
    void anArabicImperfectOfASchedulePointsTheDayAhead() {
        // (the Sunday ahead opens the two-day visit: ar.date.stretch_for_visit, as "arrived on Tuesday for a three-day visit")
        assertThat(dateClaims("يتوجه الرئيس الفرنسي إلى بيروت يوم الأحد في زيارة رسمية تستمر يومين.", Language.AR, WED))
                .containsExactly("2026-02-15..2026-02-16");
        assertThat(dateClaims("يمثل المتهمون الخمسة أمام محكمة الجنايات يوم الاثنين.", Language.AR, WED)).containsExactly("2026-02-16..2026-02-16");
        assertThat(dateClaims("يواجه المنتخب الأردني نظيره السعودي يوم الخميس في الدوحة.", Language.AR, WED))
                .containsExactly("2026-02-12..2026-02-12");
        // the perfect is past; charges faced are a state, and the attack's day stays back
        assertThat(dateClaims("وصل الرئيس الفرنسي إلى بيروت يوم الأحد في زيارة رسمية.", Language.AR, WED)).containsExactly("2026-02-08..2026-02-08");
        assertThat(dateClaims("يواجه المتهمون تهماً بالقتل بعد الهجوم على الحاجز يوم الأحد.", Language.AR, WED))
                .containsExactly("2026-02-08..2026-02-08");
    }

    @Test
    void aDayChosenAsTheDateOfSomethingIsAhead() {
        assertThat(dateClaims("The electoral commission set 22 March as the date for the local elections.", Language.EN, WED))
                .containsExactly("2026-03-22..2026-03-22");
        assertThat(dateClaims("حددت هيئة الانتخابات يوم 22 آذار موعداً للانتخابات البلدية.", Language.AR, WED))
                .containsExactly("2026-03-22..2026-03-22");
        assertThat(dateClaims("اختارت اللجنة الخامس من أيار موعداً لانعقاد المؤتمر.", Language.AR, WED)).containsExactly("2026-05-05..2026-05-05");
        // the verb alone is no choice of a date: "identified" on Thursday
        assertThat(dateClaims("حددت الشرطة يوم الخميس هوية المشتبه به في الهجوم.", Language.AR, WED)).containsExactly("2026-02-05..2026-02-05");
    }
}
