package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Dates that are no dated event (issue 5): a date that names a place, a movement or a document, a birth or an
 * age, a yearly day and a forecast give no date claim, while the dated events beside them still do.
 */
class NotDatedEventsTest {

    @Test
    void aDayAndMonthInAPlaceNameIsNoDatedEvent() {
        assertThat(dateClaims("Shops on 26th of July Street stayed shut.", Language.EN, "2026-11-30")).isEmpty();
        assertThat(dateClaims("Protesters marched across the 6th of October Bridge.", Language.EN, "2026-11-30")).isEmpty();
        assertThat(dateClaims("وأغلقت المحلات التجارية أبوابها في شارع 26 يوليو.", Language.AR, "2026-11-30")).isEmpty();
        assertThat(dateClaims("وعبر المتظاهرون جسر 6 أكتوبر باتجاه وسط القاهرة.", Language.AR, "2026-11-30")).isEmpty();
        // dev14-ar-011: the city is named after the 10th of Ramadan; the ruling's day is a date claim
        assertThat(dateClaims("قضت المحكمة، اليوم الخميس، بسجن رجل أعمال استولى على أراضٍ في مدينة العاشر من رمضان.",
                Language.AR, "2026-04-30")).containsExactly("2026-04-30..2026-04-30");
        assertThat(dateClaims("وانفجرت عبوة ناسفة في مدينة 6 أكتوبر مساء الأربعاء.", Language.AR, "2026-04-30"))
                .containsExactly("2026-04-29..2026-04-29");
    }

    @Test
    void aMovementOrRevolutionNamedByItsDayIsNoDatedEvent() {
        assertThat(dateClaims("واعتقلت الشرطة ناشطين شاركوا في ثورة 25 يناير.", Language.AR, "2026-11-30")).isEmpty();
        assertThat(dateClaims("وتأسست حركة 20 فبراير في المغرب من شباب المدن الكبرى.", Language.AR, "2026-11-30")).isEmpty();
        assertThat(dateClaims("وينتمي النائب إلى تحالف 14 آذار.", Language.AR, "2026-11-30")).isEmpty();
    }

    @Test
    void aYearInADocumentsTitleIsNoDatedEvent() {
        assertThat(dateClaims("The council demanded the full application of Security Council Resolution 2254 of 2015.",
                Language.EN, "2026-11-30")).isEmpty();
        assertThat(dateClaims("The court struck down two articles of the Press Law of 2015.", Language.EN, "2026-11-30")).isEmpty();
        assertThat(dateClaims("Opposition deputies want the 2014 constitution amended.", Language.EN, "2026-11-30")).isEmpty();
        assertThat(dateClaims("وطالب المجلس بتطبيق قرار مجلس الأمن رقم 2254 لعام 2015.", Language.AR, "2026-11-30")).isEmpty();
        assertThat(dateClaims("وألغت المحكمة الدستورية مادتين من قانون الصحافة لسنة 2015.", Language.AR, "2026-11-30")).isEmpty();
        // an event named by its year stays one (dev11-en-006: "the 2011 uprising"), and so does a law's passing
        assertThat(dateClaims("Parliament passed the law in March 2015.", Language.EN, "2026-11-30"))
                .containsExactly("2015-03-01..2015-03-31");
        assertThat(dateClaims("وأقر البرلمان القانون عام 2015 بعد جدل طويل.", Language.AR, "2026-11-30"))
                .containsExactly("2015-01-01..2015-12-31");
    }

    @Test
    void aBirthOrAnAgeIsNoDatedEvent() {
        assertThat(dateClaims("The singer, born on March 3, 1956, recorded more than 40 albums.", Language.EN, "2026-11-30")).isEmpty();
        assertThat(dateClaims("The president, who turned 70 on Tuesday, did not attend the summit.", Language.EN, "2026-11-30")).isEmpty();
        assertThat(dateClaims("ولد الشاعر في الثالث من آذار عام 1956 في بغداد.", Language.AR, "2026-11-30")).isEmpty();
        assertThat(dateClaims("واحتفل الرئيس بعيد ميلاده السبعين يوم الثلاثاء.", Language.AR, "2026-11-30")).isEmpty();
        assertThat(dateClaims("The president celebrated his 70th birthday on Tuesday.", Language.EN, "2026-11-30")).isEmpty();
        // a holiday named a birthday is no person's: the day the offices close is scheduled
        assertThat(dateClaims("Federal offices will close on Washington's Birthday.", Language.EN, "2026-02-02"))
                .containsExactly("2026-02-16..2026-02-16");
        // the name ولد is no birth: "Ould Abdel Wedoud was arrested in January 2023" is an arrest of one, dated by it
        assertThat(DateClaimsTest.EXTRACTOR.extract("وكان ولد عبد الودود قد أوقف في كانون الثاني/يناير 2023.", Language.AR,
                java.time.LocalDate.parse("2026-02-24")).stream().filter(org.corroborate.api.CountClaim.class::isInstance)
                .map(org.corroborate.api.CountClaim.class::cast).map(c -> c.date().start() + ".." + c.date().end()))
                .containsExactly("2023-01-01..2023-01-31");
    }

    @Test
    void aYearlyDayIsNoDatedEvent() {
        assertThat(dateClaims("The festival is held every year on July 5.", Language.EN, "2026-11-30")).isEmpty();
        assertThat(dateClaims("وتقام الاحتفالات كل عام في الخامس من تموز.", Language.AR, "2026-11-30")).isEmpty();
    }

    @Test
    void aForecastIsNoDatedEventEvenWhenReadBackwards() {
        // published on Tuesday 22 September 2026 (dev14-ar-024): no Thursday of a forecast
        assertThat(dateClaims("توقعت المديرية العامة للأرصاد الجوية هطول أمطار رعدية قوية ابتداءً من يوم الخميس.",
                Language.AR, "2026-09-22")).isEmpty();
        assertThat(dateClaims("وتوقع خبراء أن يرتفع سعر صرف الدولار خلال كانون الأول.", Language.AR, "2026-11-30")).isEmpty();
        assertThat(dateClaims("Forecasters predicted heavy rain across the north from Thursday.", Language.EN, "2026-11-30")).isEmpty();
    }

    @Test
    void durationsAndTheCurrentYearOfAForecastAreNoDatedEvents() {
        assertThat(dateClaims("The strike lasted for three days.", Language.EN, "2026-11-30")).isEmpty();
        assertThat(dateClaims("واستمر الإضراب لمدة ثلاثة أيام.", Language.AR, "2026-11-30")).isEmpty();
        assertThat(dateClaims("The economy will grow by 3 percent this year.", Language.EN, "2026-11-30")).isEmpty();
        assertThat(dateClaims("ويتوقع صندوق النقد الدولي أن يبلغ التضخم 30 في المئة هذا العام.", Language.AR, "2026-11-30")).isEmpty();
    }

    @Test
    void yearsAgoWithoutANumberIsNoDay() {
        // dev15-ar-024's pattern: "قبل سنوات" is no day a year back
        assertThat(dateClaims("وكان الفيضان الذي اجتاح الوادي قبل سنوات الأسوأ في تاريخ البلدة.", Language.AR, "2026-12-16")).isEmpty();
        assertThat(dateClaims("وهجر السكان القرية منذ أشهر.", Language.AR, "2026-12-16")).isEmpty();
    }

    @Test
    void whatComesBeforeADateIsNotOnIt() {
        // dev14-ar-003's pattern: a deadline read backwards (February without a year, written in January)
        assertThat(dateClaims("ويتعين على البرلمان إقرار قانون الانتخابات قبل نهاية شباط/فبراير.", Language.AR, "2026-01-27")).isEmpty();
        assertThat(dateClaims("The parliament must pass the electoral law before the end of February.", Language.EN, "2026-01-27")).isEmpty();
        // a day named by its event stays one, and "before dawn on" dates the attack
        assertThat(dateClaims("Clashes broke out in the capital before Sunday's vote.", Language.EN, "2026-11-30"))
                .containsExactly("2026-11-29..2026-11-29");
        assertThat(dateClaims("وهاجم مسلحون القرية قبيل فجر الثلاثاء.", Language.AR, "2026-11-30")).containsExactly("2026-11-24..2026-11-24");
        assertThat(dateClaims("Gunmen attacked the village shortly before dawn on Tuesday.", Language.EN, "2026-11-30"))
                .containsExactly("2026-11-24..2026-11-24");
    }

    @Test
    void anAnniversaryFallingOnADayAndAFigureAsOfADayAreNoDatedEvents() {
        assertThat(dateClaims("وتصادف اليوم الذكرى العاشرة لاندلاع الاحتجاجات في العاصمة.", Language.AR, "2026-11-30")).isEmpty();
        assertThat(dateClaims("The 10th anniversary of the massacre falls on Sunday.", Language.EN, "2026-11-30")).isEmpty();
        // ahead of publication too, by recurring_before alone (the verb right before the date)
        assertThat(dateClaims("ويصادف الأحد المقبل مرور عامين على أسوأ حادثة في تاريخ المدينة.", Language.AR, "2026-11-30")).isEmpty();
        // the gathering that marks it is an event, and so is the commemoration
        assertThat(dateClaims("وأحيا سكان البلدة يوم الأحد الذكرى الثانية للفيضان الذي اجتاحها في 8 أيلول/سبتمبر 2024.",
                Language.AR, "2026-09-09")).containsExactly("2026-09-06..2026-09-06", "2024-09-08..2024-09-08");
        assertThat(dateClaims("Thousands gathered on Sunday to mark the anniversary of the massacre.", Language.EN, "2026-11-30"))
                .containsExactly("2026-11-29..2026-11-29");
        assertThat(dateClaims("وبلغ سعر ربطة الخبز 5 جنيهات حتى الأول من تشرين الثاني/نوفمبر.", Language.AR, "2026-11-30")).isEmpty();
        // the end of a span of fighting is no figure
        assertThat(dateClaims("واستمرت الاشتباكات في المدينة حتى يوم الخميس.", Language.AR, "2026-11-30"))
                .containsExactly("2026-11-26..2026-11-26");
    }

    /**
     * «منذ ثلاثة أسابيع» after a verb in the imperfect is how long a state has lasted (rule 19), not the day three weeks ago
     * (dev20-ar-029); after a past verb, or in a clause a reported «إن» opens, it is that day.
     */
    @Test
    void sinceSomeDaysAfterAnImperfectVerbIsADuration() {
        assertThat(dateClaims("ويعتصم عمال مصنع الإسمنت منذ ثلاثة أسابيع أمام مبنى المحافظة للمطالبة بأجورهم المتأخرة.",
                Language.AR, "2026-06-18")).isEmpty();
        assertThat(dateClaims("ولا تزال المدارس مغلقة منذ خمسة أيام بسبب الفيضانات.", Language.AR, "2026-06-18")).isEmpty();
        assertThat(dateClaims("ويعتصم الأطباء المتعاقدون منذ يومين أمام مبنى الوزارة.", Language.AR, "2026-06-18")).isEmpty();
        assertThat(dateClaims("وكان مسلحون قد خطفوا الطبيب من عيادته منذ ثلاثة أيام.", Language.AR, "2026-06-18"))
                .containsExactly("2026-06-15..2026-06-15");
        assertThat(dateClaims("ويقول الأهالي إن الجرافات هدمت منازلهم منذ خمسة أيام.", Language.AR, "2026-06-18"))
                .containsExactly("2026-06-13..2026-06-13");
    }
}
