package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * The kinds of date error blind9's adjudication found (rows #3, #4, #6, #10, #11), each in new words: a dated match result
 * in a story with claims, a plan or a fixture in the present tense read forwards, and the night of an incident told again.
 */
class MatchResultsFixturesAndNightsToldAgainTest {
    /** #3: a match result in a story that carries a quote is a dated event (dev16-en-013, dev28-en-030). */
    @Test
    void aMatchResultInAStoryWithClaimsIsADatedEvent() {
        String en = "Benfica came from two goals down to beat Porto 3-2 in Lisbon on Sunday. \"We never stopped believing,\" "
                + "coach Rui Costa said after the game.";
        assertThat(dateClaims(en, Language.EN, "2026-03-10")).containsExactly("2026-03-08..2026-03-08");
        String ar = "تغلب الوداد على الرجاء بهدفين مقابل هدف في الدار البيضاء مساء السبت. وقال مدرب الوداد عقب اللقاء إن "
                + "«الفوز جاء بفضل روح المجموعة».";
        assertThat(dateClaims(ar, Language.AR, "2026-03-10")).containsExactly("2026-03-07..2026-03-07");
        // a bare sports report stays rule 3's no-claim text
        assertThat(dateClaims("Benfica beat Porto 3-2 in Lisbon on Sunday to go top of the table.", Language.EN, "2026-03-10"))
                .isEmpty();
    }

    /** #10, #11: a plan, a fixture in the present plural and a declared holiday are ahead of publication. */
    @Test
    void aPlanAFixtureAndADeclaredHolidayAreReadForwards() {
        assertThat(dateClaims("A signing ceremony is planned in Nairobi on Oct. 4.", Language.EN, "2026-08-20"))
                .containsExactly("2026-10-04..2026-10-04");
        assertThat(dateClaims("The space agency plans an uncrewed lunar flight in November.", Language.EN, "2026-06-02"))
                .containsExactly("2026-11-01..2026-11-30");
        assertThat(dateClaims("The two clubs meet again in Madrid on April 2.", Language.EN, "2026-03-01"))
                .containsExactly("2026-04-02..2026-04-02");
        assertThat(dateClaims("The state government has declared a public holiday on Monday.", Language.EN, "2026-09-05"))
                .containsExactly("2026-09-07..2026-09-07");
        assertThat(dateClaims("The champion is entered for the Boston Marathon on April 20.", Language.EN, "2026-02-10"))
                .containsExactly("2026-04-20..2026-04-20");
        // a plan that did not hold, and a past meeting, stay back
        assertThat(dateClaims("The two leaders met again in Madrid on April 2.", Language.EN, "2026-06-01"))
                .containsExactly("2026-04-02..2026-04-02");
    }

    /** #4, #6: the night of an incident already dated by its counts, told again, is no date claim of its own. */
    @Test
    void theIncidentsNightToldAgainIsNoDateClaim() {
        String quake = "A strong earthquake struck northern Iran late on Friday, killing five people and injuring 40, officials said on "
                + "Saturday. Rescue teams pulled nine people alive from collapsed homes overnight.";
        assertThat(dateClaims(quake, Language.EN, "2026-05-09")).isEmpty();
        // counts of another time leave the night a dated event (dev7-en-034)
        String weekend = "Shelling killed four civilians over the weekend, officials said on Monday. The air force said the enemy "
                + "had launched 60 drones overnight.";
        assertThat(dateClaims(weekend, Language.EN, "2026-05-11")).containsExactly("2026-05-10..2026-05-11");
    }

    /**
     * dev28's plain-reader kinds: a court appearance expected on a day is scheduled as a ruling is; the night that ends on a
     * weekday is both days; a past clause of time after a future one keeps its day back; a result not known until a day is
     * a deadline, no day of the week before.
     */
    @Test
    void aCourtAppearanceANightIntoADayAndAResultNotYetKnown() {
        assertThat(dateClaims("The two men are expected to appear before a magistrate on Thursday.", Language.EN, "2026-06-02"))
                .containsExactly("2026-06-04..2026-06-04");
        // the counts carry the whole night, and "Tuesday" alone is no date of its own
        assertThat(dateClaims("Missiles struck Odesa overnight into Tuesday, killing three people and wounding 14, officials said.",
                Language.EN, "2026-06-02")).isEmpty();
        assertThat(dateClaims("Ministers will meet again in Brussels on Friday, days after talks broke down on Monday.", Language.EN,
                "2026-06-02")).containsExactly("2026-06-05..2026-06-05", "2026-06-01..2026-06-01");
        assertThat(dateClaims("The final tally may not be known until Friday.", Language.EN, "2026-06-02")).isEmpty();
        assertThat(dateClaims("Showers are likely in the north, while the south should stay dry through the weekend.", Language.EN,
                "2026-06-02")).isEmpty();
    }

    /**
     * dev28's and dev29's no-event kinds: a market's move, a temperature reading and the weather ahead are no dated events
     * (rule 3); a statement's day is the statement's; an incident named again by its day after its count is no date of its
     * own; a figure's peak on a day is no event; «الـ١٢ من ديسمبر» is the 12th.
     */
    @Test
    void marketsWeatherStatementsAndIncidentsNamedAgain() {
        assertThat(dateClaims("Asian shares slipped on Tuesday as investors waited for U.S. inflation data.", Language.EN, "2026-06-02"))
                .isEmpty();
        assertThat(dateClaims("ارتفع المؤشر العام لبورصة عمّان في تعاملات أمس الاثنين بدعم من أسهم البنوك.", Language.AR, "2026-06-02"))
                .isEmpty();
        assertThat(dateClaims("وأنهت بورصة الدار البيضاء تداولات يوم الاثنين على ارتفاع طفيف.", Language.AR, "2026-06-02"))
                .isEmpty();
        // in a story with claims a market's move is dated as a match is (dev16-ar-022)
        assertThat(dateClaims("Oil prices jumped 4% on Monday after the strike on the refinery, the energy minister said.", Language.EN,
                "2026-06-02")).containsExactly("2026-06-01..2026-06-01");
        // a market closed by the authorities is an event
        assertThat(dateClaims("وأغلقت السلطات سوق الماشية في المدينة يوم الاثنين.", Language.AR, "2026-06-02"))
                .containsExactly("2026-06-01..2026-06-01");
        assertThat(dateClaims("وسجلت درجات الحرارة في مدينة الكويت 50 درجة مئوية يوم الأحد.", Language.AR, "2026-06-02")).isEmpty();
        assertThat(dateClaims("Divers, slowed by heavy rain on Sunday, kept searching the lake.", Language.EN, "2026-06-02")).isEmpty();
        assertThat(dateClaims("ويُنتظر أن تعتدل الأجواء في معظم المناطق مع نهاية الأسبوع.", Language.AR, "2026-06-02")).isEmpty();
        assertThat(dateClaims("وأعلنت الجماعة مسؤوليتها عن التفجير في بيان أمس الاثنين.", Language.AR, "2026-06-02")).isEmpty();
        String again = "Militiamen shelled a market in the town on Sunday, killing 14 civilians, medics said. Children made up a third "
                + "of Sunday's victims.";
        assertThat(dateClaims(again, Language.EN, "2026-06-02")).isEmpty();
        assertThat(dateClaims("About 90,000 people are still in shelters, down from a peak of 150,000 on Friday.", Language.EN,
                "2026-06-02")).isEmpty();
        assertThat(dateClaims("وحددت اللجنة الـ١٥ من أكتوبر/تشرين الأول المقبل موعداً للاقتراع.", Language.AR, "2026-06-02"))
                .containsExactly("2026-10-15..2026-10-15");
        // a move's new day, after «إلى» past the day that did not hold, is the day to come
        assertThat(dateClaims("وقرر الاتحاد تأجيل المباراة، التي كانت مقررة بعد غد الخميس، إلى العاشر من يونيو/حزيران.", Language.AR,
                "2026-06-02")).containsExactly("2026-06-10..2026-06-10");
    }
}
