package org.corroborate.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.DateMention;
import org.corroborate.api.Grain;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/** The recogniser on running news text: spans, values, the news policy and its warnings. */
class DateRecognizerTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 12, 19); // a Friday
    private static final DateRecognizer ARABIC = DateRecognizer.shipped(Language.AR, DatePolicy.NEWS);
    private static final DateRecognizer ENGLISH = DateRecognizer.shipped(Language.EN, DatePolicy.NEWS);

    private static DateMention only(List<DateMention> found) {
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static void assertDate(DateMention m, String text, String start, String end, Grain grain) {
        assertThat(m.text()).isEqualTo(text);
        assertThat(m.start()).isEqualTo(LocalDate.parse(start));
        assertThat(m.end()).isEqualTo(LocalDate.parse(end));
        assertThat(m.grain()).isEqualTo(grain);
    }

    @Test
    void resolvesLastSaturdayAgainstPublicationDate() {
        String text = "استهدف الهجوم قوات مشتركة في مدينة تدمر السبت الماضي.";
        DateMention m = only(ARABIC.find(text, PUBLISHED));
        assertDate(m, "السبت الماضي", "2025-12-13", "2025-12-13", Grain.DAY);
        assertThat(m.span().of(text)).isEqualTo("السبت الماضي");
    }

    @Test
    void readsBareWeekdayAsTheMostRecentSuchDayOnOrBeforePublication() {
        List<DateMention> found = ARABIC.find(
                "وقالت الوزارة يوم الأحد إنها اعتقلت خمسة أشخاص، وأعلنت القيادة الخميس القبض على مطلوبين.", PUBLISHED);
        assertThat(found).extracting(DateMention::text).containsExactly("يوم الأحد", "الخميس");
        assertThat(found).extracting(DateMention::start)
                .containsExactly(LocalDate.of(2025, 12, 14), LocalDate.of(2025, 12, 18));
    }

    @Test
    void readsTheWeekdayOfThePublicationDateAsThatDay() {
        assertThat(only(ENGLISH.find("Protesters gathered on Friday.", PUBLISHED)).start()).isEqualTo(PUBLISHED);
    }

    @Test
    void readsBareWeekdayForwardAfterFutureTense() {
        assertThat(only(ARABIC.find("ستعقد القمة يوم الخميس في بغداد", PUBLISHED)).start())
                .isEqualTo(LocalDate.of(2025, 12, 25));
        assertThat(only(ENGLISH.find("The summit will be held on Thursday in Baghdad.", PUBLISHED)).start())
                .isEqualTo(LocalDate.of(2025, 12, 25));
        assertThat(only(ARABIC.find("وسوف يزور الوزير دمشق الأحد", PUBLISHED)).start())
                .isEqualTo(LocalDate.of(2025, 12, 21));
    }

    /** The future prefix on an imperfect verb points a bare weekday forward; a noun that begins the same way does not. */
    @Test
    void readsTheFuturePrefixOnAVerbButNotOnANounThatBeginsAlike() {
        assertThat(only(ARABIC.find("سيلتقي الرئيس نظيره الفرنسي يوم الثلاثاء في باريس", PUBLISHED)).start())
                .isEqualTo(LocalDate.of(2025, 12, 23));
        assertThat(only(ARABIC.find("وستنطلق المفاوضات في جنيف الاثنين", PUBLISHED)).start())
                .isEqualTo(LocalDate.of(2025, 12, 22));
        assertThat(only(ARABIC.find("أعلن الجيش سيطرته على البلدة يوم الثلاثاء", PUBLISHED)).start())
                .isEqualTo(LocalDate.of(2025, 12, 16));
        assertThat(only(ARABIC.find("وكان بين القتلى طفلان وسيدتين أصيبوا مساء الثلاثاء", PUBLISHED)).start())
                .isEqualTo(LocalDate.of(2025, 12, 16));
        assertThat(only(ARABIC.find("افتتحت دار سينما جديدة في عمّان يوم الثلاثاء", PUBLISHED)).start())
                .isEqualTo(LocalDate.of(2025, 12, 16));
        assertThat(only(ARABIC.find("وسيدرس المجلس المقترح يوم الثلاثاء", PUBLISHED)).start())
                .isEqualTo(LocalDate.of(2025, 12, 23));
    }

    /**
     * The markers before the dates of one sentence are sought once per place; a marker whose match
     * runs on past a date ("given … until") points that date nowhere, as it did when every date's
     * window was searched on its own.
     */
    @Test
    void readsEveryDateAfterOneFutureMarkerForwardButNotOneInsideAMarker() {
        assertThat(ENGLISH.find("The talks will open on Monday and close on Thursday, the envoy said.", PUBLISHED))
                .extracting(DateMention::start)
                .containsExactly(LocalDate.of(2025, 12, 22), LocalDate.of(2025, 12, 25));
        assertThat(only(ENGLISH.find("Workers were given Tuesday until noon to leave.", PUBLISHED)).start())
                .isEqualTo(LocalDate.of(2025, 12, 16));
        assertThat(ENGLISH.seeksMarkersOnce()).isTrue();
        assertThat(ARABIC.seeksMarkersOnce()).isTrue();
        assertThat(ENGLISH.markerNeedles()).contains("ll", "given", "deadline"); // "ll" stands for "will" and "'ll"
        assertThat(ARABIC.markerNeedles()).contains("مهله", "انذار");
    }

    @Test
    void seeksMarkersOnceOnlyForPatternsWhoseMatchesGrowWithTheRegion() {
        assertThat(DateRecognizer.monotone("(?<![\\p{L}])(?:will|set for|[^.;]{0,60}until)(?= (?-i:[A-Z]))")).isTrue();
        assertThat(DateRecognizer.monotone("\\p{L}+ to")).isTrue();
        assertThat(DateRecognizer.monotone("will$")).isFalse();
        assertThat(DateRecognizer.monotone("^will")).isFalse();
        assertThat(DateRecognizer.monotone("will\\z")).isFalse();
        assertThat(DateRecognizer.monotone("(?>will|wil)l")).isFalse();
        assertThat(DateRecognizer.monotone("wil++")).isFalse();
        assertThat(DateRecognizer.monotone("w{1,2}+ill")).isFalse();
    }

    @Test
    void ignoresFutureTenseInAnotherSentenceOrAfterTheDate() {
        assertThat(only(ENGLISH.find("The army said on Thursday it will send more troops.", PUBLISHED)).start())
                .isEqualTo(LocalDate.of(2025, 12, 18));
        assertThat(only(ARABIC.find("ستعقد القمة قريبا. وقال الوزير الخميس إن الوضع هادئ", PUBLISHED)).start())
                .isEqualTo(LocalDate.of(2025, 12, 18));
    }

    @Test
    void doesNotTakeNounsBeginningWithSeenForFutureTense() {
        assertThat(only(ARABIC.find("أعلن الجيش سيطرته على البلدة الخميس", PUBLISHED)).start())
                .isEqualTo(LocalDate.of(2025, 12, 18));
    }

    @Test
    void readsNextAndComingWeekdaysForward() {
        assertDate(only(ARABIC.find("يعقد المجلس جلسته الأحد المقبل", PUBLISHED)), "الأحد المقبل", "2025-12-21", "2025-12-21", Grain.DAY);
        assertDate(only(ENGLISH.find("talks resume next Monday", PUBLISHED)), "next Monday", "2025-12-22", "2025-12-22", Grain.DAY);
    }

    @Test
    void takesDayAndMonthWithoutYearAsTheMostRecentPastOccurrence() {
        assertDate(only(ENGLISH.find("The attack on Dec. 13 killed three.", PUBLISHED)), "Dec. 13", "2025-12-13", "2025-12-13", Grain.DAY);
        assertDate(only(ARABIC.find("وقع الانفجار في 24 فبراير", PUBLISHED)), "24 فبراير", "2025-02-24", "2025-02-24", Grain.DAY);
    }

    @Test
    void takesDayAndMonthWithoutYearThatComesWithinAMonthAsComing() {
        assertDate(only(ENGLISH.find("Registration for the marathon opens to the public Jan. 8.", PUBLISHED)), "Jan. 8", "2026-01-08", "2026-01-08", Grain.DAY);
        assertDate(only(ARABIC.find("يفتح باب الترشح في 24 ديسمبر", PUBLISHED)), "24 ديسمبر", "2025-12-24", "2025-12-24", Grain.DAY);
        assertDate(only(ENGLISH.find("Registration opens to the public Jan. 28.", PUBLISHED)), "Jan. 28", "2025-01-28", "2025-01-28", Grain.DAY);
    }

    @Test
    void takesDayAndMonthForwardWhenTheSentencePointsForward() {
        assertDate(only(ENGLISH.find("Elections will take place on January 10.", PUBLISHED)), "January 10", "2026-01-10", "2026-01-10", Grain.DAY);
        assertDate(only(ARABIC.find("ستجري الانتخابات في 10 يناير", PUBLISHED)), "10 يناير", "2026-01-10", "2026-01-10", Grain.DAY);
    }

    @Test
    void readsAMonthAloneAsThatMonthWithMonthGrain() {
        assertDate(only(ARABIC.find("أعلن خلال زيارة إلى واشنطن في نوفمبر/تشرين الثاني انضمام سوريا", PUBLISHED)),
                "نوفمبر/تشرين الثاني", "2025-11-01", "2025-11-30", Grain.MONTH);
        assertDate(only(ENGLISH.find("He visited Washington in November.", PUBLISHED)), "November", "2025-11-01", "2025-11-30", Grain.MONTH);
    }

    @Test
    void readsLevantineAndPairedMonthNames() {
        assertDate(only(ARABIC.find("في الخامس من كانون الثاني (يناير) 2024", PUBLISHED)),
                "الخامس من كانون الثاني (يناير) 2024", "2024-01-05", "2024-01-05", Grain.DAY);
        assertDate(only(ARABIC.find("في 3 شباط/فبراير 2025", PUBLISHED)), "3 شباط/فبراير 2025", "2025-02-03", "2025-02-03", Grain.DAY);
        // "since a day" runs to the reference date, as "since Sept. 14" does (C8 of dev4)
        assertDate(only(ARABIC.find("منذ 3 شباط/فبراير 2025", PUBLISHED)), "منذ 3 شباط/فبراير 2025", "2025-02-03", "2025-12-19", Grain.DAY);
        assertDate(only(ARABIC.find("في 9 آذار", PUBLISHED)), "9 آذار", "2025-03-09", "2025-03-09", Grain.DAY);
    }

    @Test
    void readsRangesWithInclusiveEnds() {
        assertDate(only(ARABIC.find("نفذت عمليات مشتركة بين 24 و27 نوفمبر/تشرين الثاني، وهي الأولى", PUBLISHED)),
                "بين 24 و27 نوفمبر/تشرين الثاني", "2025-11-24", "2025-11-27", Grain.DAY);
        assertDate(only(ENGLISH.find("joint raids between Nov. 24 and 27", PUBLISHED)), "between Nov. 24 and 27", "2025-11-24", "2025-11-27", Grain.DAY);
        assertDate(only(ARABIC.find("الذي تراجع من 2014 إلى 2019", PUBLISHED)), "من 2014 إلى 2019", "2014-01-01", "2019-12-31", Grain.YEAR);
        assertDate(only(ENGLISH.find("it held territory from 2014 to 2019", PUBLISHED)), "from 2014 to 2019", "2014-01-01", "2019-12-31", Grain.YEAR);
    }

    @Test
    void readsYearsAfterAmAndPrepositionsWithYearGrain() {
        List<DateMention> found = ARABIC.find("تأسس التحالف في عام 2014، ومنذ عام 2016 قطعت الجماعة علاقتها", PUBLISHED);
        assertThat(found).extracting(DateMention::text).containsExactly("عام 2014", "عام 2016");
        assertThat(found).extracting(DateMention::grain).containsOnly(Grain.YEAR);
        assertDate(only(ENGLISH.find("The coalition was formed in 2014.", PUBLISHED)), "2014", "2014-01-01", "2014-12-31", Grain.YEAR);
    }

    @Test
    void readsLastWeekAsMondayToSunday() {
        assertDate(only(ARABIC.find("قتل ثلاثة مدنيين الأسبوع الماضي", PUBLISHED)), "الأسبوع الماضي", "2025-12-08", "2025-12-14", Grain.WEEK);
        assertDate(only(ENGLISH.find("three civilians were killed last week", PUBLISHED)), "last week", "2025-12-08", "2025-12-14", Grain.WEEK);
    }

    @Test
    void readsYesterdayAndDaysAgo() {
        assertDate(only(ARABIC.find("وقالت الشرطة أمس إن", PUBLISHED)), "أمس", "2025-12-18", "2025-12-18", Grain.DAY);
        assertDate(only(ARABIC.find("وأفرج عنه أول أمس", PUBLISHED)), "أول أمس", "2025-12-17", "2025-12-17", Grain.DAY);
        assertDate(only(ARABIC.find("اختفى الصحفي منذ يومين", PUBLISHED)), "منذ يومين", "2025-12-17", "2025-12-17", Grain.DAY);
        assertDate(only(ENGLISH.find("He disappeared two days ago.", PUBLISHED)), "two days ago", "2025-12-17", "2025-12-17", Grain.DAY);
        assertDate(only(ENGLISH.find("police said yesterday", PUBLISHED)), "yesterday", "2025-12-18", "2025-12-18", Grain.DAY);
    }

    @Test
    void readsEarlierThisMonthUpToTheDayBeforePublication() {
        assertDate(only(ENGLISH.find("Talks collapsed earlier this month.", PUBLISHED)), "earlier this month", "2025-12-01", "2025-12-18", Grain.MONTH);
        // on the first day of the period there is no day before it in the period: that day alone
        assertDate(only(ENGLISH.find("Talks collapsed earlier this month.", java.time.LocalDate.of(2025, 12, 1))),
                "earlier this month", "2025-12-01", "2025-12-01", Grain.MONTH);
    }

    @Test
    void leavesRelativeDatesUnresolvedWithoutAReferenceDate() {
        List<DateMention> found = ARABIC.find("هاجم مسلحون القرية السبت الماضي، في 13 ديسمبر 2025", null);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).resolved()).isFalse();
        assertThat(found.get(0).warnings()).containsExactly("unresolved-relative-date");
        assertThat(found.get(1).start()).isEqualTo(LocalDate.of(2025, 12, 13));
    }

    @Test
    void warnsWhenTheWeekdayDisagreesWithTheDate() {
        DateMention m = only(ENGLISH.find("The attack came on Saturday, December 12, 2025.", PUBLISHED));
        assertThat(m.text()).isEqualTo("Saturday, December 12, 2025");
        assertThat(m.start()).isEqualTo(LocalDate.of(2025, 12, 12));
        assertThat(m.warnings()).containsExactly("weekday-mismatch");
        assertThat(only(ENGLISH.find("on Friday, December 12, 2025", PUBLISHED)).warnings()).isEmpty();
        assertThat(only(ARABIC.find("يوم السبت 12 ديسمبر 2025", PUBLISHED)).warnings()).containsExactly("weekday-mismatch");
    }

    @Test
    void readsHijriDatesWithTheEraMark() {
        assertDate(only(ARABIC.find("في 15 رمضان 1446 هـ", PUBLISHED)), "15 رمضان 1446 هـ", "2025-03-15", "2025-03-15", Grain.DAY);
    }

    @Test
    void mapsSpansBackToTheOriginalTextWithHarakatIndicDigitsAndBidiControls() {
        String text = "وَقَعَ الهُجُومُ فِي \u200F١٣ ديسمبر ٢٠٢٥\u200F مساءً، وعاد الهدوء غداً";
        List<DateMention> found = ARABIC.find(text, PUBLISHED);
        assertThat(found).extracting(DateMention::text).containsExactly("١٣ ديسمبر ٢٠٢٥", "غداً");
        assertThat(found.get(0).start()).isEqualTo(LocalDate.of(2025, 12, 13));
        assertThat(found).allSatisfy(m -> assertThat(m.span().of(text)).isEqualTo(m.text()));
    }

    @Test
    void leavesClitisOutsideTheSpan() {
        assertThat(only(ARABIC.find("والخميس أعلنت الوزارة", PUBLISHED)).text()).isEqualTo("الخميس");
        assertThat(only(ARABIC.find("بالأمس قالت الوزارة", PUBLISHED)).text()).isEqualTo("الأمس");
    }

    @Test
    void doesNotReadDurationsOrCountsAsDates() {
        assertThat(ARABIC.find("في إطار حملة مستمرة منذ عشر سنوات ضد التنظيم", PUBLISHED)).isEmpty();
        assertThat(ARABIC.find("قتل 24 شخصا وأصيب 27 آخرون في السنوات الماضية", PUBLISHED)).isEmpty();
        assertThat(ENGLISH.find("Officials may march on the capital.", PUBLISHED)).isEmpty();
    }

    @Test
    void sortsMentionsBySpan() {
        List<DateMention> found = ENGLISH.find("On Dec. 13 and again on Monday, then in 2014 and yesterday", PUBLISHED);
        assertThat(found).extracting(m -> m.span().start()).isSorted();
        assertThat(found).hasSize(4);
    }

    @Test
    void ducklingPolicyReadsBareWeekdaysAndMonthsForward() {
        DateRecognizer duckling = DateRecognizer.shipped(Language.AR, DatePolicy.DUCKLING);
        LocalDate tuesday = LocalDate.of(2013, 2, 12);
        assertThat(only(duckling.find("الثلاثاء", tuesday)).start()).isEqualTo(LocalDate.of(2013, 2, 19));
        assertThat(only(duckling.find("الاثنين", tuesday)).start()).isEqualTo(LocalDate.of(2013, 2, 18));
        assertThat(only(duckling.find("1 مارس", tuesday)).start()).isEqualTo(LocalDate.of(2013, 3, 1));
        assertThat(only(ARABIC.find("الاثنين", tuesday)).start()).isEqualTo(LocalDate.of(2013, 2, 11));
    }

    @Test
    void readsTheCalendarReadingWhenAWeekdayAndAnOrdinalHaveTwoReadings() {
        // 3 September 2014 was a Wednesday, so "Tuesday the third of September" cannot be meant:
        // the third Tuesday (16 September) is.
        assertDate(only(ARABIC.find("الثلاثاء الثالث من شهر أيلول من عام 2014", PUBLISHED)),
                "الثلاثاء الثالث من شهر أيلول من عام 2014", "2014-09-16", "2014-09-16", Grain.DAY);
    }

    @Test
    void readsEidAndRamadanFromTheHijriCalendar() {
        assertDate(only(ARABIC.find("احتفل المسلمون بعيد الفطر", PUBLISHED)), "عيد الفطر", "2025-03-30", "2025-03-30", Grain.DAY);
        assertDate(only(ENGLISH.find("during Ramadan 2024", PUBLISHED)), "Ramadan 2024", "2024-03-11", "2024-04-09", Grain.MONTH);
    }

    @Test
    void datesJewishHolidaysByTheirFullDaysUnderTheNewsPolicyAndByTheEveUnderDucklings() {
        DateRecognizer duckling = DateRecognizer.shipped(Language.EN, DatePolicy.DUCKLING);
        assertDate(only(ENGLISH.find("on Yom Kippur 2018", PUBLISHED)), "Yom Kippur 2018", "2018-09-19", "2018-09-19", Grain.DAY);
        assertDate(only(duckling.find("on Yom Kippur 2018", PUBLISHED)), "Yom Kippur 2018", "2018-09-18", "2018-09-18", Grain.DAY);
        assertDate(only(ENGLISH.find("over Passover 2018", PUBLISHED)), "Passover 2018", "2018-03-31", "2018-04-07", Grain.DAY);
        assertDate(only(duckling.find("over Passover 2018", PUBLISHED)), "Passover 2018", "2018-03-30", "2018-04-07", Grain.DAY);
    }

    @Test
    void movesObservedDaysByTheirRules() {
        // 9 Av 5778 fell on the Sabbath: the fast was kept on Sunday.
        assertDate(only(ENGLISH.find("Tisha B'Av 2018", PUBLISHED)), "Tisha B'Av 2018", "2018-07-22", "2018-07-22", Grain.DAY);
        // 27 April 2014 was a Sunday: King's Day was held on the Saturday.
        assertDate(only(ENGLISH.find("Koningsdag 2014", PUBLISHED)), "Koningsdag 2014", "2014-04-26", "2014-04-26", Grain.DAY);
    }

    @Test
    void readsOrthodoxEasterByTheJulianComputusAndChineseNewYearFromItsCalendar() {
        assertDate(only(ENGLISH.find("Orthodox Easter 2025", PUBLISHED)), "Orthodox Easter 2025", "2025-04-20", "2025-04-20", Grain.DAY);
        assertDate(only(ENGLISH.find("Orthodox Easter 2023", PUBLISHED)), "Orthodox Easter 2023", "2023-04-16", "2023-04-16", Grain.DAY);
        assertDate(only(ENGLISH.find("Chinese New Year", PUBLISHED)), "Chinese New Year", "2025-01-29", "2025-01-29", Grain.DAY);
    }
    @Test
    void marksADateThatRecursWithoutChangingIt() {
        DateMention every = only(ENGLISH.find("Algeria holds a parade, as it does every July 5, in the capital.", PUBLISHED));
        assertDate(every, "July 5", "2025-07-05", "2025-07-05", Grain.DAY);
        assertThat(every.warnings()).contains(DateRecognizer.RECURRING);
        assertThat(ENGLISH.find("Flights now operate every Monday and Thursday.", PUBLISHED))
                .allSatisfy(m -> assertThat(m.warnings()).contains(DateRecognizer.RECURRING)).hasSize(2);
        assertThat(only(ARABIC.find("تحيي الجزائر في الخامس من تموز/يوليو من كل عام ذكرى استقلالها.", PUBLISHED)).warnings())
                .contains(DateRecognizer.RECURRING);
        assertThat(only(ENGLISH.find("The parade was held on July 5 in the capital.", PUBLISHED)).warnings()).isEmpty();
        assertThat(only(ARABIC.find("أقيم العرض في الخامس من تموز/يوليو في العاصمة.", PUBLISHED)).warnings()).isEmpty();
    }
    @Test
    void readsTheMiddleOfAMonthAsItsMiddleTenDaysInNews() {
        assertDate(only(ARABIC.find("سجّلت السلطات أولى حالات الكوليرا منتصف الشهر الماضي.", PUBLISHED)),
                "منتصف الشهر الماضي", "2025-11-11", "2025-11-20", Grain.DAY);
        assertDate(only(ARABIC.find("وصل الوفد منتصف آذار.", PUBLISHED)), "منتصف آذار", "2025-03-11", "2025-03-20", Grain.DAY);
        // Duckling's corpus reads it as the 15th
        assertThat(only(DateRecognizer.shipped(Language.AR, DatePolicy.DUCKLING).find("منتصف آذار", PUBLISHED)).start())
                .isEqualTo(only(DateRecognizer.shipped(Language.AR, DatePolicy.DUCKLING).find("منتصف آذار", PUBLISHED)).end());
    }

    @Test
    void readsADayOfAHijriMonthWithoutAYearInTheLatestSuchMonth() {
        assertDate(only(ARABIC.find("افتُتح المتحف في الخامس عشر من رمضان الماضي بعد ترميمه.", LocalDate.of(2026, 4, 14))),
                "الخامس عشر من رمضان الماضي", "2026-03-04", "2026-03-04", Grain.DAY);
        assertDate(only(ARABIC.find("وقع الانفجار في 10 رمضان.", LocalDate.of(2026, 4, 14))),
                "10 رمضان", "2026-02-27", "2026-02-27", Grain.DAY);
        assertThat(ARABIC.find("قال الإعلامي خيري رمضان إن البرنامج سيعود.", LocalDate.of(2026, 4, 14))).isEmpty();
    }
    @Test
    void countsAnAnchoredDayFromTheDayNamedBeforeIt() {
        List<DateMention> found = ENGLISH.find("The court on Tuesday overturned the conviction, and he walked out of jail the next morning."
                + " A day earlier, his lawyers had appealed.", LocalDate.of(2026, 3, 19));
        assertThat(found).extracting(DateMention::text).containsExactly("Tuesday", "the next morning", "A day earlier");
        assertThat(found).extracting(DateMention::start)
                .containsExactly(LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 17));
        assertDate(ARABIC.find("اعتقلت القوات ثلاثة شبان يوم الأحد، وأفرجت عنهم في اليوم التالي.", LocalDate.of(2026, 8, 4)).get(1),
                "في اليوم التالي", "2026-08-03", "2026-08-03", Grain.DAY);
        // "two days after X", "the day before the vote" name a day by another event: no date
        // (an offset from another event that no day fixes is found only with its warning, and gives no date)
        assertThat(DateRecognizer.withoutUnanchored(ENGLISH.find("Talks collapsed three days after the vote, and the day before the strike.",
                PUBLISHED))).allSatisfy(d -> {
                    assertThat(d.resolved()).isFalse();
                    assertThat(d.warnings()).contains(DateRecognizer.UNANCHORED_OFFSET);
                });
    }
    @Test
    void readsTheWeekendAsTheLastOneEndedOrTheNextOneAhead() {
        LocalDate tuesday = LocalDate.of(2026, 4, 14);
        assertDate(only(ENGLISH.find("Protesters clashed with police over the weekend.", tuesday)),
                "over the weekend", "2026-04-11", "2026-04-12", Grain.DAY);
        assertDate(only(ENGLISH.find("Leaders will meet over the weekend.", tuesday)),
                "over the weekend", "2026-04-18", "2026-04-19", Grain.DAY);
        assertDate(only(ENGLISH.find("Protesters clashed with police over the weekend.", LocalDate.of(2026, 4, 12))),
                "over the weekend", "2026-04-11", "2026-04-12", Grain.DAY);
        assertDate(only(ARABIC.find("سيجتمع القادة خلال عطلة نهاية الأسبوع.", tuesday)),
                "خلال عطلة نهاية الأسبوع", "2026-04-18", "2026-04-19", Grain.DAY);
    }
}
