package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countDates;
import static org.corroborate.extract.ExtractedClaims.dateClaims;
import static org.corroborate.extract.ExtractedClaims.quoteDates;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.Language;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/** Which dates become date claims: dated events that no count or quote carries. */
class DateClaimsTest {
    /** The packs loaded once for the date-claim tests ({@link ScheduledDateClaimsTest} reads them too). */
    static final ClaimExtractor EXTRACTOR =
            ShippedRules.extractor();

    /** Dev rule 21a: "since X" bounding a state, a trend or a tally is no dated event (J2 of dev10, K16 of dev11). */
    @Test
    void aSinceBoundaryOfAStateIsNoDatedEvent() {
        assertThat(dateClaims("The central bank has held the official rate at 89,500 to the dollar since February 2023.",
                Language.EN, "2026-07-30")).isEmpty();
        assertThat(dateClaims("يُبقي مصرف لبنان سعر الصرف الرسمي عند 89500 ليرة للدولار منذ شباط/فبراير 2023.",
                Language.AR, "2026-07-30")).isEmpty();
        assertThat(dateClaims("وتخوض الحركة تمرداً ضد الحكومة الفيدرالية منذ عام 2007.", Language.AR, "2026-07-30")).isEmpty();
        assertThat(dateClaims("Karari has been under army control since early 2024.", Language.EN, "2025-03-30")).isEmpty();
        // the same dates without "since" are events
        assertThat(dateClaims("The central bank devalued the pound in February 2023.", Language.EN, "2026-07-30"))
                .containsExactly("2023-02-01..2023-02-28");
        assertThat(dateClaims("وأعلنت الحركة التمرد على الحكومة الفيدرالية عام 2007.", Language.AR, "2026-07-30"))
                .containsExactly("2007-01-01..2007-12-31");
        // days counted back are no boundary: "منذ يومين" is two days ago
        assertThat(dateClaims("واندلعت الاشتباكات في المدينة منذ يومين.", Language.AR, "2026-07-30"))
                .containsExactly("2026-07-28..2026-07-28");
    }

    /** Rule 19: the span a "since" phrase opens still dates the count of its sentence. */
    @Test
    void aSinceSpanDatesTheCountOfItsSentence() {
        assertThat(countDates("At least 40 people have been killed in the district since mid-June.", Language.EN, "2025-07-30"))
                .containsExactly("2025-06-11..2025-07-30");
        assertThat(countDates("أدت الفيضانات التي تضرب الإقليم منذ الخميس إلى نزوح نحو 3000 شخص.", Language.AR, "2026-06-01"))
                .containsExactly("2026-05-28..2026-06-01");
        assertThat(dateClaims("At least 40 people have been killed in the district since mid-June.", Language.EN, "2025-07-30")).isEmpty();
    }

    @Test
    void theBaselineOfAComparisonDatesNothing() {
        // (a river, not a market: a market's move alone is rule 3's no-claim text, MatchResultsFixturesAndNightsToldAgainTest)
        assertThat(dateClaims("The river rose to its highest level since 1991 on Monday.", Language.EN, "2025-03-05"))
                .containsExactly("2025-03-03..2025-03-03");
        assertThat(dateClaims("ارتفع المؤشر إلى أعلى مستوى له منذ 1991.", Language.AR, "2025-03-05")).isEmpty();
        assertThat(dateClaims("وجرت أول انتخابات برلمانية منذ 2010 في أجواء هادئة.", Language.AR, "2025-03-05")).isEmpty();
        assertThat(dateClaims("وتشهد المنطقة معارك عنيفة منذ 2016.", Language.AR, "2025-03-05")).isEmpty(); // a boundary (rule 21a)
    }

    @Test
    void theCurrentMonthIsNoDatedEvent() {
        assertThat(dateClaims("Prices rose sharply this month.", Language.EN, "2026-07-30")).isEmpty();
    }

    @Test
    void aDayNamedInsideADirectQuotationIsAnEventOfItsOwn() {
        assertThat(dateClaims("\u201cThe ceasefire we signed on 28 March is holding in every district,\u201d the council head, Mohamed al-Sharif, said on Monday.",
                Language.EN, "2026-04-07")).containsExactly("2026-03-28..2026-03-28");
        assertThat(dateClaims("قال رئيس المجلس محمد الشريف، أمس الاثنين، إن «وقف إطلاق النار الذي وقّعناه في 28 مارس/آذار صامد».",
                Language.AR, "2026-04-07")).containsExactly("2026-03-28..2026-03-28");
    }

    @Test
    void aDateOutsideTheQuotedWordsStaysWithTheClaimsOfItsSentence() {
        assertThat(dateClaims("Police arrested five suspects on Sunday, the ministry said.", Language.EN, "2026-04-07")).isEmpty();
    }

    /** Rule 21b: the envoy's arrival is scheduled, read forwards past "U.S."; the metro's hours end a span (no event). */
    @Test
    void aTimeOfDayDoesNotEndTheSentenceThatPointsForward() {
        assertThat(dateClaims("The metro will run until 2 a.m. on Saturday during the Eid holiday.", Language.EN, "2025-06-18")).isEmpty();
        assertThat(dateClaims("The U.S. envoy will arrive on Saturday.", Language.EN, "2025-06-18")).containsExactly("2025-06-21..2025-06-21");
    }

    @Test
    void yesterdayAndItsWeekdayAreOneDate() {
        assertThat(dateClaims("أغلقت السلطات المعبر الحدودي مساء أمس الأربعاء أمام حركة الشاحنات.", Language.AR, "2026-06-04"))
                .containsExactly("2026-06-03..2026-06-03");
    }

    @Test
    void aDayOfANamedMonthMayCarryItsDirection() {
        assertThat(dateClaims("وكانت الجولة الأولى من المفاوضات قد عُقدت في 9 أيلول الماضي.", Language.AR, "2026-11-02"))
                .containsExactly("2026-09-09..2026-09-09");
    }

    @Test
    void anArabicReportedStatementDatesItsOwnEvent() {
        assertThat(dateClaims("أكد المتحدث باسم البلدية أن الفرق بدأت يوم 4 أيار/مايو بإزالة الأنقاض من الأحياء القديمة.",
                Language.AR, "2026-05-20")).containsExactly("2026-05-04..2026-05-04");
    }

    @Test
    void sinceTheStartOfTheMonthRunsToPublication() {
        assertThat(EXTRACTOR.extract("ارتفع عدد الموقوفين في احتجاجات الجامعة منذ مطلع الشهر الجاري إلى 64 طالباً.",
                Language.AR, LocalDate.parse("2026-03-18")).stream()
                .filter(org.corroborate.api.CountClaim.class::isInstance).map(org.corroborate.api.CountClaim.class::cast)
                .map(c -> c.date().start() + ".." + c.date().end() + " " + c.count().value()))
                .containsExactly("2026-03-01..2026-03-18 64");
    }

    @Test
    void sinceADayIsABoundaryNoDatedEvent() {
        assertThat(dateClaims("Schools in the district have been closed since Oct. 2.", Language.EN, "2026-10-20")).isEmpty();
        assertThat(dateClaims("Schools in the district closed on Oct. 2.", Language.EN, "2026-10-20")).containsExactly("2026-10-02..2026-10-02");
    }

    @Test
    void aDeadlineStillToComeIsNoDatedEvent() {
        assertThat(dateClaims("وأكد الوزير أن أعمال الترميم ستنتهي قبل نهاية العام.", Language.AR, "2026-10-20")).isEmpty();
    }
    /** The statement's Wednesday is the quote's; the drills it announces are scheduled (rule 21b). */
    @Test
    void theDayOfAStatementAboutTheFutureIsNoDatedEvent() {
        assertThat(dateClaims("Russia's defence ministry said on Wednesday it would hold naval drills in the Baltic Sea from Monday to Wednesday next week.",
                Language.EN, "2026-10-29")).containsExactly("2026-11-02..2026-11-04");
        assertThat(dateClaims("أعلنت وزارة الدفاع الروسية الأربعاء أنها ستجري مناورات بحرية في بحر البلطيق الأسبوع المقبل.",
                Language.AR, "2026-10-29")).containsExactly("2026-11-02..2026-11-08");
        // a date without a speaking word before it is still the event's
        assertThat(dateClaims("The two sides met in Mekelle on Sunday for the first time since the truce.",
                Language.EN, "2026-05-05")).containsExactly("2026-05-03..2026-05-03");
    }

    @Test
    void aStretchOfWeekdaysIsOneDatedEvent() {
        assertThat(dateClaims("Jordan's cabinet met from Sunday to Tuesday to finalise the state budget.", Language.EN, "2026-08-15"))
                .containsExactly("2026-08-09..2026-08-11");
        assertThat(dateClaims("عقد مجلس الوزراء الكويتي من الاثنين إلى الأربعاء جلسات مغلقة لمناقشة الموازنة.", Language.AR, "2026-08-15"))
                .containsExactly("2026-08-10..2026-08-12");
    }

    @Test
    void aScheduledStretchRunsToTheDayThatEndsIt() {
        assertThat(dateClaims("The book fair will take place from Friday until December 6 in the old town.", Language.EN, "2026-11-25"))
                .containsExactly("2026-11-27..2026-12-06");
        assertThat(dateClaims("The film festival will open on 28 December and run until 6 January.", Language.EN, "2026-11-25"))
                .containsExactly("2026-12-28..2027-01-06");
        assertThat(dateClaims("ينطلق مهرجان الموسيقى العربية في 12 كانون الأول/ديسمبر ويستمر حتى 20 كانون الأول/ديسمبر.", Language.AR, "2026-11-25"))
                .containsExactly("2026-12-12..2026-12-20");
    }

    @Test
    void aRulingExpectedOnANamedDayIsScheduled() {
        assertThat(dateClaims("The Supreme Court is expected to rule on Friday on the appeal filed by the opposition.", Language.EN, "2026-11-25"))
                .containsExactly("2026-11-27..2026-11-27");
        assertThat(dateClaims("The appeal is expected to be heard on 17 March, the court registry said.", Language.EN, "2026-02-03"))
                .containsExactly("2026-03-17..2026-03-17");
        assertThat(dateClaims("ويتوقع أن تصدر المحكمة حكمها يوم الخميس في قضية الفساد.", Language.AR, "2026-11-25"))
                .containsExactly("2026-11-26..2026-11-26");
        assertThat(dateClaims("Parliament is expected to vote on the bill in October.", Language.EN, "2026-08-15")).isEmpty();
        // any act expected on a named day is scheduled (expected_before), a week so expected is not
        assertThat(dateClaims("Truce talks are expected to resume on Friday in Doha.", Language.EN, "2026-11-25"))
                .containsExactly("2026-11-27..2026-11-27");
        assertThat(dateClaims("Truce talks are expected to resume next week in Doha.", Language.EN, "2026-11-25")).isEmpty();
    }

    /** DateClaims.spanned joins a start to the day that ends its stretch, not to an unrelated day of the sentence. */
    @Test
    void twoEventsOfOneSentenceAreNoStretch() {
        assertThat(dateClaims("The minister will visit Paris on Friday and the talks will resume on December 6.", Language.EN, "2026-11-30"))
                .containsExactly("2026-12-04..2026-12-04", "2026-12-06..2026-12-06");
        assertThat(dateClaims("The minister will visit Paris on Friday, and schools will stay closed until December 6.", Language.EN,
                "2026-11-30")).containsExactly("2026-12-04..2026-12-04");
        assertThat(dateClaims("The trial opens on Tuesday; the defence has until December 20 to file its case.", Language.EN, "2026-11-30"))
                .containsExactly("2026-12-01..2026-12-01");
        assertThat(dateClaims("يزور الوزير باريس في 4 ديسمبر وتستأنف المحادثات في 6 ديسمبر.", Language.AR, "2026-11-30"))
                .containsExactly("2026-12-04..2026-12-04", "2026-12-06..2026-12-06");
    }

    /**
     * A decision or a hearing expected in a week is a court's only with the court, its case or its ruling named (in English,
     * any act expected on a named day is scheduled, expected_before).
     */
    @Test
    void aDecisionExpectedOfNoCourtStaysAHope() {
        assertThat(dateClaims("The minister is expected to decide next week whether to resign.", Language.EN, "2026-11-25")).isEmpty();
        assertThat(dateClaims("Fans are expected to hear next week whether the match goes ahead.", Language.EN, "2026-11-25")).isEmpty();
        assertThat(dateClaims("The court is expected to decide the case next week.", Language.EN, "2026-11-25"))
                .containsExactly("2026-11-30..2026-12-06");
        assertThat(dateClaims("ويتوقع أن يصدر الوزير قراره يوم الخميس بشأن الاستقالة.", Language.AR, "2026-11-25")).isEmpty();
        assertThat(dateClaims("ويتوقع أن تنظر اللجنة في الاقتراح يوم الخميس.", Language.AR, "2026-11-25")).isEmpty();
        assertThat(dateClaims("The court is expected to decide the case on Friday.", Language.EN, "2026-11-25"))
                .containsExactly("2026-11-27..2026-11-27");
        assertThat(dateClaims("The judges are expected to hear the appeal on Friday.", Language.EN, "2026-11-25"))
                .containsExactly("2026-11-27..2026-11-27");
        assertThat(dateClaims("ويتوقع أن يصدر الحكم يوم الخميس.", Language.AR, "2026-11-25")).containsExactly("2026-11-26..2026-11-26");
    }

    @Test
    void aDayOfANextMonthIsStillToCome() {
        // (the opening Sunday runs on to the 2nd of July ahead: one stretch, dates-ar42; dev6-ar-004's writer keeps the Sunday alone)
        assertThat(dateClaims("افتُتح معرض الكتاب يوم الأحد الماضي، ويستمر حتى الثاني من تموز/يوليو المقبل.", Language.AR, "2026-06-24"))
                .containsExactly("2026-06-21..2026-07-02");
    }

    @Test
    void sinceADayOfAMonthIsABoundaryNoDatedEvent() {
        assertThat(dateClaims("تغلق السلطات السودانية معبر أدري الحدودي منذ 29 آب/أغسطس الماضي.", Language.AR, "2026-09-08")).isEmpty();
        assertThat(dateClaims("أغلقت السلطات السودانية معبر أدري الحدودي في 29 آب/أغسطس الماضي.", Language.AR, "2026-09-08"))
                .containsExactly("2026-08-29..2026-08-29");
    }
    @Test
    void aRecurringDayIsNoDatedEvent() {
        assertThat(dateClaims("Algeria will mark the anniversary with a military parade, as it does every July 5.", Language.EN, "2026-06-13"))
                .isEmpty();
        assertThat(dateClaims("Royal Jordanian's flights to Baghdad operate every Monday and Thursday.", Language.EN, "2026-10-03"))
                .isEmpty();
        assertThat(dateClaims("تحيي الجزائر في الخامس من تموز/يوليو من كل عام ذكرى استقلالها.", Language.AR, "2026-06-24"))
                .isEmpty();
    }
    @Test
    void relativeDaysAndWeeksOfReports() {
        assertThat(dateClaims("Protesters clashed with police in Jableh over the weekend.", Language.EN, "2026-04-14"))
                .containsExactly("2026-04-11..2026-04-12");
        assertThat(dateClaims("أغلقت الشرطة الطريق الساحلي خلال عطلة نهاية الأسبوع بسبب الأمطار.", Language.AR, "2026-08-18"))
                .containsExactly("2026-08-15..2026-08-16");
        assertThat(dateClaims("A second drone was shot down near Erbil airport this morning.", Language.EN, "2026-07-21"))
                .containsExactly("2026-07-21..2026-07-21");
        assertThat(dateClaims("Ukraine's parliament dismissed the energy minister early this week.", Language.EN, "2026-11-21"))
                .containsExactly("2026-11-16..2026-11-20");
    }
    @Test
    void aRangeTakesTheYearNamedAfterIt() {
        assertThat(dateClaims("The regional summit, held between 24 and 27 November last year, ended without a joint statement.",
                Language.EN, "2026-09-23")).containsExactly("2025-11-24..2025-11-27");
        assertThat(dateClaims("انتهت القمة الإقليمية التي عُقدت بين 24 و27 تشرين الثاني من العام الماضي دون بيان مشترك.",
                Language.AR, "2026-09-23")).containsExactly("2025-11-24..2025-11-27");
    }

    @Test
    void anAnniversaryAndATargetAreNoDatedEvents() {
        assertThat(dateClaims("تحل اليوم ذكرى اقتحام باحات المسجد الأقصى في 28 أيلول 2000.", Language.AR, "2025-09-28"))
                .containsExactly("2000-09-28..2000-09-28");
        assertThat(dateClaims("Today marks the 25th anniversary of the storming of the compound on Sept. 28, 2000.", Language.EN, "2025-09-28"))
                .containsExactly("2000-09-28..2000-09-28");
        assertThat(dateClaims("The ministry set up a hotline for a vaccination drive that aims to reach a million children by the end of June.",
                Language.EN, "2026-04-14")).isEmpty();
    }
    @Test
    void anAnchoredDayIsADatedEventOfItsOwn() {
        assertThat(dateClaims("Pakistan's Supreme Court on Tuesday overturned the conviction of a former governor, and he walked out of Adiala jail the next morning.",
                Language.EN, "2026-03-19")).containsExactly("2026-03-17..2026-03-17", "2026-03-18..2026-03-18");
    }
    @Test
    void aReleaseAfterAKidnappingIsADatedEventOfItsOwn() {
        assertThat(dateClaims("Gunmen abducted 14 passengers from a bus near Kayes on Thursday night and released two of them on Friday, the regional governor said.",
                Language.EN, "2025-11-29")).containsExactly("2025-11-28..2025-11-28");
        assertThat(dateClaims("اختطف مسلحون مجهولون 14 راكباً من حافلة قرب مدينة موبتي مساء الخميس، قبل أن يُطلقوا سراح اثنين منهم صباح أمس.",
                Language.AR, "2025-11-29")).containsExactly("2025-11-28..2025-11-28");
        // without a release, a second date of a sentence of counts stays with its counts
        assertThat(dateClaims("Police arrested five suspects on Sunday, the ministry said on Monday.", Language.EN, "2026-04-07")).isEmpty();
    }
    /** The 14th is read back; the publication next month is scheduled (rule 21b). */
    @Test
    void aDayOfTheMonthBeforeAnotherClause() {
        assertThat(dateClaims("Syria's new electoral commission was formed on the 14th and will publish its first list of candidates next month.",
                Language.EN, "2026-05-20")).containsExactly("2026-05-14..2026-05-14", "2026-06-01..2026-06-30");
    }
    @Test
    void aDateInARelativeClauseOnAnotherNounDatesOnlyThatClause() {
        String text = "Kenyan police arrested four men on Wednesday over the killing of a human rights lawyer whose body was found in a river a week ago.";
        assertThat(dateClaims(text, Language.EN, "2026-09-17")).containsExactly("2026-09-10..2026-09-10");
        List<org.corroborate.api.CountClaim> counts = EXTRACTOR.extract(text, Language.EN, LocalDate.parse("2026-09-17")).stream()
                .filter(org.corroborate.api.CountClaim.class::isInstance).map(org.corroborate.api.CountClaim.class::cast).toList();
        assertThat(counts).filteredOn(c -> c.action() == org.corroborate.api.CountClaim.Action.ARRESTED)
                .extracting(c -> c.date().start().toString()).containsExactly("2026-09-16");
        // the killing is counted too (one lawyer); the week-old find in its relative clause dates no count
        assertThat(counts).noneMatch(c -> c.date() != null && c.date().start().toString().equals("2026-09-10"));
    }
    @Test
    void aDayAmongOneQuotationsWordsIsNotTheNextQuotationsStatementDate() {
        assertThat(dateClaims("BEIRUT (Reuters) - \u201cOn Friday night they shelled Aitaroun for five hours,\u201d the town's mayor, Hassan Fawaz, told Reuters. \u201cSince then nobody has slept.\u201d",
                Language.EN, "2026-11-10")).containsExactly("2026-11-06..2026-11-06");
    }
    @Test
    void aCountTakesADateOfItsOwnClauseFirst() {
        String text = "Ethiopia's federal army and Tigrayan forces fought a war from 2020 to 2022 that killed hundreds of thousands of people, "
                + "and the two sides met in Mekelle on Sunday for the first time since the truce.";
        assertThat(countDates(text, Language.EN, "2026-05-05")).containsExactly("2020-01-01..2022-12-31");
    }
    @Test
    void theNextSessionIsStillToCome() {
        // rule 21b: the next session is scheduled for March of the year after
        assertThat(dateClaims("The council wrapped up its autumn session on Friday. The council's next session opens in March.",
                Language.EN, "2026-10-03")).containsExactly("2026-10-02..2026-10-02", "2027-03-01..2027-03-31");
        assertThat(dateClaims("اختتم المجلس دورته الخريفية يوم الجمعة، وتنطلق الجلسة المقبلة في آذار.",
                Language.AR, "2026-10-03")).containsExactly("2026-10-02..2026-10-02", "2027-03-01..2027-03-31");
    }
    @Test
    void aDateInAClauseOfItsOwnBesideTheCountsIsADatedEvent() {
        assertThat(dateClaims("QUETTA, Pakistan \u2014 Pakistani and Afghan border forces exchanged fire near Chaman on Saturday, a week after a similar clash last Saturday killed three Pakistani soldiers.",
                Language.EN, "2025-11-29")).containsExactly("2025-11-29..2025-11-29");
        // an attribution's clause, a date set off after an announcing verb, a dateline: no dated event
        assertThat(dateClaims("Rebels killed 26 villagers in overnight attacks on two villages, a local civil society leader told Reuters on Sunday.",
                Language.EN, "2026-10-25")).isEmpty();
        assertThat(dateClaims("أنقرة - أعلنت وزارة الداخلية التركية، اليوم الخميس، توقيف 57 مشتبهاً في مداهمات شملت 12 ولاية يومي الثلاثاء والأربعاء.",
                Language.AR, "2026-07-30")).isEmpty();
        assertThat(dateClaims("KHARTOUM, Sudan, June 14 (AP) \u2014 Paramilitary fighters killed at least 31 villagers in an assault on Friday, local activists said.",
                Language.EN, "2025-06-14")).isEmpty();
    }
    @Test
    void deadlinesAndSchedulesWithAMonthNameAreStillToCome() {
        // F2 of dev7: a day-month date in a deadline or schedule is not sent back to last year; rule 21b: a deadline
        // or a recurring fiscal year gives no date claim, a schedule gives one
        assertThat(dateClaims("The army has given the rebels until July 31 to withdraw from the city.", Language.EN, "2026-07-14")).isEmpty();
        assertThat(dateClaims("The budget year, which begins on July 1, is the first under the new law.", Language.EN, "2026-01-24")).isEmpty();
        assertThat(dateClaims("The bill takes effect on Jan. 1.", Language.EN, "2026-10-02")).containsExactly("2027-01-01..2027-01-01");
        assertThat(dateClaims("Prosecutors have until Friday to question the suspects.", Language.EN, "2026-08-12")).isEmpty();
        assertThat(dateClaims("The energy minister is due in Baghdad on Sunday.", Language.EN, "2026-06-10")).containsExactly("2026-06-14..2026-06-14");
        assertThat(dateClaims("ومنح الجيش المسلحين مهلة تنتهي في 31 تموز/يوليو للانسحاب من المدينة.", Language.AR, "2026-07-14")).isEmpty();
        assertThat(dateClaims("وتقام مباراة الإياب في البصرة يوم 14 تشرين الأول/أكتوبر.", Language.AR, "2026-09-05"))
                .containsExactly("2026-10-14..2026-10-14");
        assertThat(dateClaims("يعلن البنك المركزي قراره المقبل بشأن أسعار الفائدة في 12 شباط/فبراير.", Language.AR, "2026-01-24"))
                .containsExactly("2026-02-12..2026-02-12");
        // a past event with a month name in a sentence without such a word still is one
        assertThat(dateClaims("Lawmakers passed the bill on Sept. 15.", Language.EN, "2026-10-02")).containsExactly("2026-09-15..2026-09-15");
    }
    @Test
    void aWeekdayInAQuotedNameIsNoDate() {
        // F8 of dev7: "Bloody Friday", «الجمعة الدامية» name a crackdown, not a day of this week
        assertThat(dateClaims("Rights groups say security forces cracked down on protesters in Zahedan in what activists call \u201cBloody Friday\u201d.",
                Language.EN, "2026-02-07")).isEmpty();
        assertThat(dateClaims("وتقول منظمات حقوقية إن قوات الأمن قمعت احتجاجات في زاهدان يسميها ناشطون «الجمعة الدامية».",
                Language.AR, "2026-02-07")).isEmpty();
        // a quotation that opens with a day keeps it
        assertThat(dateClaims("\u201cOn Friday they shelled the town for five hours,\u201d the mayor said.", Language.EN, "2026-11-10"))
                .containsExactly("2026-11-06..2026-11-06");
    }
    @Test
    void theMomentAComparisonLooksBackToIsADateOfItsOwn() {
        // F3 of dev7: "the first … since X, when Y" dates Y at X, not a span from X to publication
        assertThat(dateClaims("It was the first attack on the Red Sea city since May 2025, when drones hit the airport.",
                Language.EN, "2026-05-07")).containsExactly("2025-05-01..2025-05-31");
        assertThat(dateClaims("وهذا أول هجوم على المدينة منذ أيار/مايو 2025، حين استهدفت مسيّرات مطارها.",
                Language.AR, "2026-05-07")).containsExactly("2025-05-01..2025-05-31");
        // without a comparison word "since X, when" is a boundary (rule 21a); the when clause, with no
        // count to carry its moment, is the event of that moment (J2 of dev10, as F3 dates Y at X)
        assertThat(dateClaims("Flights have been suspended since Aug. 29, when rebels shelled the airport.",
                Language.EN, "2026-10-07")).containsExactly("2026-08-29..2026-08-29");
        assertThat(dateClaims("وتشهد المدينة احتجاجات منذ عام 2019، حين أغلقت السلطات مصنع الإسمنت.",
                Language.AR, "2026-10-07")).containsExactly("2019-01-01..2019-12-31");
    }
    @Test
    void todayInASpeakersOwnWordsIsTheDayTheySpoke() {
        // en-028 of dev7: the quote is undated, so its "today" gives no date of the publication day
        assertThat(dateClaims("Kurdish lawmakers approved a new regional government on Monday. \u201cToday we turn the page,\u201d the prime minister told the assembly.",
                Language.EN, "2026-05-12")).containsExactly("2026-05-11..2026-05-11");
    }
    @Test
    void aSemicolonEndsTheDatesACountMayTake() {
        // en-031 of dev7: "Sunday" of the first half is no date of the clashes after the semicolon
        String text = "The march, scheduled for Sunday, is the party's third this year; the first, in March, ended in clashes that killed two policemen.";
        assertThat(countDates(text, Language.EN, "2026-10-31")).containsExactly("2026-03-01..2026-03-31");
        assertThat(dateClaims(text, Language.EN, "2026-10-31")).containsExactly("2026-11-01..2026-11-01"); // the march is scheduled (rule 21b)
    }
    @Test
    void sinceAYearIsABoundaryAndItsWhenClauseIsDatedThatYear() {
        // an ongoing state "since 1969" is a boundary, no dated event (rule 21a, against F4 of dev7)
        assertThat(dateClaims("The rebels have waged an insurgency since 1969, one of Asia's longest.", Language.EN, "2026-03-09"))
                .isEmpty();
        // F3/E11: "since 2019, when a similar assault … killed 26 people": the count dated 2019 carries the moment
        String text = "The group has carried out dozens of attacks on hotels since 2019, when a similar assault in Kismayo killed 26 people.";
        assertThat(dateClaims(text, Language.EN, "2026-11-03")).isEmpty();
        assertThat(countDates(text, Language.EN, "2026-11-03")).containsExactly("2019-01-01..2019-12-31");
    }
    @Test
    void reportedWordsInAPerfectTenseKeepTheirOwnDates() {
        // F7 of dev7: the event of "had failed … in January" comes before the statement
        assertThat(dateClaims("The factory had failed a safety inspection in January, the labour ministry said on Tuesday.",
                Language.EN, "2026-04-15")).containsExactly("2026-01-01..2026-01-31");
        assertThat(dateClaims("The army had retaken the town in January, according to the ministry.",
                Language.EN, "2026-02-14")).containsExactly("2026-01-01..2026-01-31");
        // a period counted from a dated statement's own day stays with the statement
        assertThat(dateClaims("The general told reporters on Tuesday that his troops had repelled three assaults on the city in the past week.",
                Language.EN, "2025-10-15")).isEmpty();
    }
    @Test
    void aDaySetOffAfterTheAnnouncingClauseIsTheStatementsNotTheCounts() {
        // ar-003 of dev7: "أعلنت الوزارة، أمس الجمعة، القبض على 17 شخصاً … الأسبوع الماضي": the arrests are last week's
        String text = "دمشق - أعلنت وزارة الداخلية السورية، أمس الجمعة، القبض على 17 شخصاً متورطين في تهريب الأسلحة، خلال حملة أمنية نفذتها في مدينة القصير الأسبوع الماضي.";
        assertThat(countDates(text, Language.AR, "2026-05-23")).containsExactly("2026-05-11..2026-05-17");
        assertThat(dateClaims(text, Language.AR, "2026-05-23")).isEmpty();
    }
    @Test
    void theAnOfBeforeIsNoStatement() {
        // ar-014 of dev7: "قبل أن تنهي قوات الأمن الحصار صباح اليوم الثلاثاء" is a dated event of its own
        assertThat(dateClaims("قُتل 14 شخصاً في هجوم على فندق في مدينة كيسمايو مساء الاثنين، قبل أن تنهي قوات الأمن الحصار صباح اليوم الثلاثاء.",
                Language.AR, "2026-11-03")).containsExactly("2026-11-03..2026-11-03");
        // "أعلنت … أن" still announces
        assertThat(dateClaims("قُتل 14 شخصاً في هجوم على فندق في مدينة كيسمايو، وأعلنت الشرطة أن الحصار انتهى اليوم الثلاثاء.",
                Language.AR, "2026-11-03")).isEmpty();
    }

    @Test
    void anAnnouncementWithANounObjectIsADatedEvent() {
        assertThat(dateClaims("أعلنت وزارة المالية، أمس الأربعاء، زيادة رواتب المعلمين بنسبة عشرة في المئة.",
                Language.AR, "2026-03-19")).containsExactly("2026-03-18..2026-03-18");
    }

    @Test
    void aDateAfterAConjunctionsThatIsTheClausesEvent() {
        assertThat(dateClaims("The assembly passed the budget on Tuesday, closing a session that opened on Jan. 12.",
                Language.EN, "2026-02-05")).containsExactly("2026-02-03..2026-02-03", "2026-01-12..2026-01-12");
        assertThat(dateClaims("وتتواصل الاشتباكات في أطراف المدينة بعد أن اندلعت ظهر الأحد الماضي قرب السوق.",
                Language.AR, "2026-02-05")).containsExactly("2026-02-01..2026-02-01");
    }

    /** Rule 21b: a scheduled day is a date claim, read forwards; a forecast or a deadline is none. */
    @Test
    void scheduledDaysAreDateClaimsButForecastsAndDeadlinesAreNot() {
        assertThat(dateClaims("The committee next convenes on Feb. 9.", Language.EN, "2026-01-02")).containsExactly("2026-02-09..2026-02-09");
        assertThat(dateClaims("The festival is set for Sept. 20 in the old port.", Language.EN, "2026-06-01")).containsExactly("2026-09-20..2026-09-20");
        assertThat(dateClaims("Meteorologists warned of heavy snow on Sunday.", Language.EN, "2026-01-02")).isEmpty();
        assertThat(dateClaims("The result is expected before Aug. 30.", Language.EN, "2026-06-01")).isEmpty();
        assertThat(dateClaims("افتُتح المعرض أمس، على أن يُغلق باب التسجيل نهاية أيلول/سبتمبر.", Language.AR, "2026-07-01"))
                .containsExactly("2026-06-30..2026-06-30");
    }

    /** A strike called for a day is scheduled (rule 21b), this year's March 9, not last year's. */
    @Test
    void aDayAndMonthWithoutYearAFewDaysAheadIsNoPastEvent() {
        assertThat(dateClaims("Unions have called a general strike for March 9.", Language.EN, "2026-03-02")).containsExactly("2026-03-09..2026-03-09");
    }

    @Test
    void anchoredDaysCountFromTheDayTheStoryIsAt() {
        assertThat(dateClaims("Troops entered the town on Monday. A vigil held the day before drew hundreds.", Language.EN, "2026-03-05"))
                .contains("2026-03-01..2026-03-01");
        assertThat(dateClaims("The ship ran aground on Tuesday. Divers reached the hull the same evening.", Language.EN, "2026-03-05"))
                .contains("2026-03-03..2026-03-03");
    }

    @Test
    void aYearNamingAThingIsNoDate() {
        assertThat(dateClaims("Families gathered to remember the victims of the 2019 collapse.", Language.EN, "2026-03-05")).isEmpty();
    }

    @Test
    void aSinceAfterASuperlativeOrAnOrdinalIsABaseline() {
        assertThat(dateClaims("The port city sweltered through its wettest day since 1998.", Language.EN, "2026-12-02")).isEmpty();
        assertThat(dateClaims("The mayor said the fire was the fourth in the market since January.", Language.EN, "2026-05-02"))
                .doesNotContain("2026-01-01..2026-05-02");
        assertThat(dateClaims("وأكد المحافظ أن الانفجار هو الرابع في المنطقة منذ مطلع العام.", Language.AR, "2026-05-02"))
                .doesNotContain("2026-01-01..2026-05-02");
    }

    @Test
    void aDayRestatedInAnotherCalendarIsOneDate() {
        assertThat(dateClaims("افتُتح المعرض يوم الاثنين 20 رمضان 1447هـ الموافق 9 آذار/مارس 2026 بحضور الوزير.", Language.AR, "2026-03-12"))
                .containsExactly("2026-03-09..2026-03-09");
    }

    @Test
    void aDateAmongReportedWordsWhoseAttributionFollowsIsTheirEvents() {
        assertThat(dateClaims("The border crossing reopened to trucks on Thursday, customs officials said.", Language.EN, "2026-04-11"))
                .containsExactly("2026-04-09..2026-04-09");
        assertThat(dateClaims("Customs officials said on Thursday that the border crossing had reopened.", Language.EN, "2026-04-11"))
                .isEmpty();
    }

    @Test
    void aSinceInThePortraitOfAPersonIntroducedWithAnAgeIsBackground() {
        assertThat(dateClaims("Coach Dario Pellegrini, 58, has trained the national side since 2021.", Language.EN, "2026-04-11")).isEmpty();
        assertThat(dateClaims("ويقود المدرب سامي الخطيب، 58 عاماً، المنتخب الوطني منذ تشرين الأول/أكتوبر 2021.", Language.AR, "2026-04-11")).isEmpty();
        assertThat(dateClaims("The coastguard has patrolled the strait since 2021.", Language.EN, "2026-04-11"))
                .isEmpty(); // no portrait, but a boundary all the same (rule 21a)
    }

    @Test
    void aWeekNamedInsideADirectQuotationIsAnEventOfItsOwn() {
        assertThat(dateClaims("\u201cThe first container ships docked last week,\u201d the port director said.", Language.EN, "2026-04-15"))
                .containsExactly("2026-04-06..2026-04-12");
    }

    @Test
    void aScheduleKeptSinceAYearIsNoDatedEvent() {
        assertThat(dateClaims("The book fair has been held every two years since 1994.", Language.EN, "2026-04-11")).isEmpty();
        assertThat(dateClaims("ويُنظَّم المهرجان كل عامين منذ عام 1994.", Language.AR, "2026-04-11")).isEmpty();
    }

    @Test
    void aDateInAClauseBeforeTheStatementIsThatClausesEvent() {
        assertThat(dateClaims("Dock workers blocked the harbour on Friday, halting all exports, and the union said it would decide on further steps.",
                Language.EN, "2026-04-11")).containsExactly("2026-04-10..2026-04-10");
        assertThat(quoteDates("Dock workers blocked the harbour on Friday, halting all exports, and the union said it would decide on further steps.",
                Language.EN, "2026-04-11")).containsExactly("none");
        assertThat(quoteDates("On Friday, the union said it would decide on further steps.", Language.EN, "2026-04-11"))
                .containsExactly("2026-04-10");
    }

    @Test
    void theMonthOfAStatisticIsNoDatedEvent() {
        assertThat(dateClaims("Unemployment fell to 7.4% in January, the statistics office said.", Language.EN, "2026-03-04")).isEmpty();
        assertThat(dateClaims("ارتفعت أسعار الخبز بنسبة 12% في كانون الثاني/يناير.", Language.AR, "2026-03-04")).isEmpty();
        assertThat(dateClaims("The port reopened in January.", Language.EN, "2026-03-04")).containsExactly("2026-01-01..2026-01-31");
    }

    /** J4 of dev10: wire copy writes the percentage in words ("1.8 percent", "في المئة"); the month is still a statistic's period. */
    @Test
    void theMonthOfAStatisticWithThePercentInWordsIsNoDatedEvent() {
        assertThat(dateClaims("Consumer prices rose 3.1 percent in February from a year earlier, the agency said.", Language.EN, "2026-03-20"))
                .isEmpty();
        assertThat(dateClaims("The jobless rate stood at 9 per cent in January, down from 11 per cent in March 2024.", Language.EN, "2026-03-20"))
                .isEmpty();
        assertThat(dateClaims("تراجعت نسبة البطالة في الأردن إلى 21.4 في المئة خلال شباط/فبراير الماضي، مقارنة بـ22 بالمائة في كانون الثاني/يناير.",
                Language.AR, "2026-03-20")).isEmpty();
    }

    @Test
    void theSameDayInArabicCountsFromTheDayNamedBefore() {
        assertThat(dateClaims("اندلع حريق في مستودع للأخشاب صباح الثلاثاء. وفتحت النيابة تحقيقاً مساء اليوم نفسه.", Language.AR, "2026-03-12"))
                .containsExactly("2026-03-10..2026-03-10", "2026-03-10..2026-03-10");
    }

    @Test
    void twoDaysWithTheDualOfLastAreBothBefore() {
        assertThat(dateClaims("شهدت العاصمة احتجاجات واسعة يومي الأربعاء والخميس الماضيين.", Language.AR, "2026-03-12"))
                .containsExactly("2026-03-04..2026-03-05");
    }

    @Test
    void aDayAfterWouldIsStillToCome() {
        assertThat(dateClaims("The parade would go ahead on Sunday if the rain stopped, organisers hoped.", Language.EN, "2026-03-13"))
                .isEmpty();
    }

    @Test
    void aNightFromOneWeekdayIntoTheNextIsOneTwoDaySpan() {
        assertThat(dateClaims("Shells fell on the old town from Saturday night into Sunday.", Language.EN, "2026-03-12"))
                .containsExactly("2026-03-07..2026-03-08");
        assertThat(dateClaims("تعرضت المدينة لقصف عنيف ليلة السبت على الأحد.", Language.AR, "2026-03-12"))
                .containsExactly("2026-03-07..2026-03-08");
    }

    /** Rule 21b: the new day of a postponed hearing is scheduled ("the hearing was postponed until March 3"). */
    @Test
    void theNewDayOfAPostponementIsStillToCome() {
        assertThat(dateClaims("The judge adjourned the hearing until May 4.", Language.EN, "2026-03-12")).containsExactly("2026-05-04..2026-05-04");
        assertThat(dateClaims("The vote, postponed last week to allow more debate, was held on Monday.", Language.EN, "2026-03-12"))
                .contains("2026-03-09..2026-03-09");
        assertThat(dateClaims("أرجأت المحكمة النظر في القضية إلى 4 أيار/مايو.", Language.AR, "2026-03-12")).containsExactly("2026-05-04..2026-05-04");
    }

    /** Rule 21b: results expected to be announced on Sunday are scheduled for the coming Sunday. */
    @Test
    void aDayAfterAnExpectationIsStillToCome() {
        assertThat(dateClaims("ويُنتظر أن تُعلن النتائج النهائية الأحد.", Language.AR, "2026-03-12")).containsExactly("2026-03-15..2026-03-15");
    }
    /** J8 of dev10: a part of a month with its direction, and the first half of a year. */
    @Test
    void aPartOfAMonthWithItsDirectionAndTheFirstHalfOfAYear() {
        assertThat(dateClaims("وكانت اللجنة قد أعادت مشروع القانون إلى الحكومة منتصف آذار الماضي.", Language.AR, "2025-10-19"))
                .containsExactly("2025-03-11..2025-03-20");
        assertThat(dateClaims("Investigators said the cell had bought the weapons during the first half of 2023.", Language.EN, "2025-05-03"))
                .containsExactly("2023-01-01..2023-06-30");
        assertThat(dateClaims("وقال قائد خفر السواحل، العقيد سامي حداد، إن «عدد محاولات العبور تضاعف منذ منتصف آذار الماضي».",
                Language.AR, "2026-04-30")).isEmpty(); // a span up to now in a quotation is no day of its own (J13)
    }

    /** J1 of dev10: "يوم غد الأربعاء" is tomorrow named twice, still to come, not last Wednesday. */
    @Test
    void tomorrowWithItsWeekdayIsStillToCome() {
        assertThat(dateClaims("تتأثر المملكة اعتباراً من يوم غد الأربعاء بمنخفض جوي بارد.", Language.AR, "2025-03-04")).isEmpty();
    }

    /** C12 of dev4, J5 of dev10: "قبل يومين من غرقه" counts from the sinking, which the text does not date. */
    @Test
    void daysBeforeAnotherEventAreNotCountedFromToday() {
        assertThat(dateClaims("وأبحر القارب من شاطئ قريب قبل يومين من غرقه وعلى متنه نحو 60 شخصاً.", Language.AR, "2025-02-04")).isEmpty();
        assertThat(dateClaims("ويأتي الحكم قبل أسبوع من الذكرى السنوية للتفجير.", Language.AR, "2025-04-23")).isEmpty();
        assertThat(dateClaims("وغادر القارب الشاطئ قبل يومين.", Language.AR, "2025-02-04")).containsExactly("2025-02-02..2025-02-02");
    }

    /** dev17-ar-011: "الخامس عشر من الشهر نفسه" is a day of the month named before it, not of publication's. */
    @Test
    void aDayOfTheSameMonthIsReadInTheMonthNamedBefore() {
        assertThat(dateClaims("وافتُتح المعرض في الرياض يوم 20 أيار/مايو، وسبقه مؤتمر صحفي في الثاني عشر من الشهر نفسه.",
                Language.AR, "2026-07-02")).contains("2026-05-12..2026-05-12");
    }

    /** J12 of dev10: "until" right before today tells how long a state has held so far, no event. */
    @Test
    void untilTodayIsNoDatedEvent() {
        assertThat(dateClaims("ولم تعلّق الحركة على الاتهامات حتى مساء اليوم.", Language.AR, "2026-03-21")).isEmpty();
        assertThat(dateClaims("No group had claimed the bombing until late Saturday.", Language.EN, "2026-03-21")).isEmpty();
    }
    /** E11 of dev6, J2 of dev10: the "when" clause after a span tells what happened at its start, an event of that moment. */
    @Test
    void theWhenClauseAfterASpanIsAnEventOfItsMoment() {
        assertThat(dateClaims("The district has seen sporadic raids since 2019, when the army took over security from local militias.",
                Language.EN, "2025-01-07")).contains("2019-01-01..2019-12-31");
        assertThat(dateClaims("The group has carried out dozens of raids on markets since 2019, when a similar assault killed 26 people.",
                Language.EN, "2025-01-07")).doesNotContain("2019-01-01..2019-12-31"); // the count carries the moment
    }

    /** J1 of dev10: a month after a plan or a present-tense end is still to come. */
    @Test
    void aMonthAfterAPlanOrAnEndIsStillToCome() {
        assertThat(dateClaims("Farmers hope to return before the olive harvest ends in October.", Language.EN, "2025-09-14")).isEmpty();
        assertThat(dateClaims("وقال إن البلدية تخطط لإعادة فتح السوق بعد عيد الأضحى.", Language.AR, "2025-05-20")).isEmpty();
    }
    /** J6 of dev10: "the previous day" counts from the last dated event, not from a day still to come named after it. */
    @Test
    void anAnchoredDayCountsFromThePastEventNotFromASchedule() {
        assertThat(dateClaims("The senate passed the budget on Wednesday. The law will take effect on July 1. "
                + "Opposition senators had boycotted the session the previous day.", Language.EN, "2025-02-26"))
                .containsExactly("2025-02-26..2025-02-26", "2025-07-01..2025-07-01", "2025-02-25..2025-02-25"); // July 1 is scheduled (rule 21b)
    }
    /** J8 of dev10: a season with its year is its meteorological months under the news policy. */
    @Test
    void aSeasonIsItsThreeMonths() {
        assertThat(dateClaims("وشهدت المدينة فيضانات مماثلة في خريف 2011.", Language.AR, "2025-08-25"))
                .containsExactly("2011-09-01..2011-11-30");
        assertThat(dateClaims("The valley was hit by similar floods in summer 2016.", Language.EN, "2025-08-25"))
                .containsExactly("2016-06-01..2016-08-31");
    }
    /**
     * C8 of dev4, F5 of dev7: "since" before a part of a month or year is a span up to publication, not the
     * part alone; it dates a count of its sentence, and is no dated event itself (rule 21a).
     */
    @Test
    void sinceAPartOfAMonthOrYearRunsToPublication() {
        assertThat(countDates("More than 200 migrants have drowned on the route since mid-June.", Language.EN, "2025-07-30"))
                .containsExactly("2025-06-11..2025-07-30");
        assertThat(countDates("Police have arrested 35 people in the district since early 2024.", Language.EN, "2025-03-30"))
                .containsExactly("2024-01-01..2025-03-30");
        assertThat(dateClaims("Crossings on the route have surged since mid-June.", Language.EN, "2025-07-30")).isEmpty();
    }
    /** J4 of dev10, G12 of dev8: a figure moving or standing at a level dates no event by its month or year. */
    @Test
    void theMonthOfAFigureIsNoDatedEvent() {
        assertThat(dateClaims("Passenger numbers at the airport fell to 1.2 million in January.", Language.EN, "2026-03-10")).isEmpty();
        assertThat(dateClaims("وارتفع عدد المسافرين عبر المطار إلى 1.2 مليون خلال كانون الثاني/يناير.", Language.AR, "2026-03-10")).isEmpty();
        assertThat(dateClaims("وبلغت قيمة الصادرات 3 مليارات دولار في شباط/فبراير الماضي.", Language.AR, "2026-03-10")).isEmpty();
        assertThat(dateClaims("وسجلت الصادرات نمواً بنسبة 4 بالمئة خلال الربع الأول من العام الماضي.", Language.AR, "2026-03-10")).isEmpty();
        assertThat(dateClaims("وكانت الحكومة قد أقرت الموازنة في كانون الأول/ديسمبر الماضي.", Language.AR, "2026-03-10"))
                .containsExactly("2025-12-01..2025-12-31"); // an act, no figure
        assertThat(dateClaims("Bread prices have doubled over the past year.", Language.EN, "2026-03-10")).isEmpty();
        assertThat(dateClaims("وتضاعفت أسعار الخبز خلال العام الماضي.", Language.AR, "2026-03-10")).isEmpty();
    }
    /** J6 of dev10: "the previous week" is the week before that of the day the story is at. */
    @Test
    void thePreviousWeekCountsFromTheDayNamedBefore() {
        assertThat(dateClaims("Talks collapsed on Jan. 14. The previous week, negotiators had agreed on a draft.", Language.EN, "2026-03-10"))
                .containsExactly("2026-01-14..2026-01-14", "2026-01-05..2026-01-11");
    }
    /** J1 of dev10: a day or month something was scheduled for is no event, in Arabic as in English. */
    @Test
    void aScheduledMonthIsNoDatedEvent() {
        assertThat(dateClaims("وكانت الانتخابات مقررة في كانون الأول/ديسمبر قبل أن تؤجل.", Language.AR, "2026-03-10")).isEmpty();
        assertThat(dateClaims("The elections, originally scheduled for December, were postponed.", Language.EN, "2026-03-10")).isEmpty();
    }

    @Test
    void aStateOfBeingWithoutPowerOnADayIsNoDatedEvent() {
        // published on Tuesday 12 May 2026: Monday is the 11th
        assertThat(dateClaims("About 40,000 customers were still without power on Monday evening, the utility said.", Language.EN,
                "2026-05-12")).isEmpty();
        // what cut the power is an event of its day
        assertThat(dateClaims("A winter storm knocked out power to 40,000 customers on Monday evening.", Language.EN,
                "2026-05-12")).containsExactly("2026-05-11..2026-05-11");
    }
}
