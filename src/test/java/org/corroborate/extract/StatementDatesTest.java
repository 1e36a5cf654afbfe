package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.Claim;
import org.corroborate.api.DateClaim;
import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/** Which date a statement carries: the time of its saying, not a date said of its speaker. */
class StatementDatesTest {
    private static final ClaimExtractor EXTRACTOR =
            ShippedRules.extractor();

    private static List<Claim> claims(String text, Language language) {
        return EXTRACTOR.extract(text, language, LocalDate.parse("2026-03-12"));
    }

    @Test
    void aRelativeClauseOnTheSpeakerDoesNotDateTheStatement() {
        List<Claim> found = claims("Okafor, who ran the port authority from 2015 to 2021, said he had done nothing wrong.", Language.EN);
        assertThat(found).filteredOn(QuoteClaim.class::isInstance).map(QuoteClaim.class::cast)
                .singleElement().satisfies(q -> assertThat(q.date()).isNull());
        assertThat(found).filteredOn(DateClaim.class::isInstance).map(DateClaim.class::cast)
                .extracting(d -> d.date().start() + ".." + d.date().end()).containsExactly("2015-01-01..2021-12-31");
    }

    @Test
    void aSpeakersOngoingRoleIsBiographyNotADatedEvent() {
        List<Claim> found = claims("The harbour master, who has run the port since 2018, said the channel would reopen.", Language.EN);
        assertThat(found).filteredOn(QuoteClaim.class::isInstance).map(QuoteClaim.class::cast)
                .singleElement().satisfies(q -> assertThat(q.date()).isNull());
        assertThat(found).filteredOn(DateClaim.class::isInstance).isEmpty();
    }

    @Test
    void soInArabic() {
        List<Claim> found = claims("وقال الوزير، الذي تولى منصبه في 2019، إن المحادثات ستُستأنف.", Language.AR);
        assertThat(found).filteredOn(QuoteClaim.class::isInstance).map(QuoteClaim.class::cast)
                .singleElement().satisfies(q -> assertThat(q.date()).isNull());
    }

    @Test
    void theTimeOfTheSayingStillDatesItAfterSuchAClause() {
        List<Claim> found = claims("وقال الوزير، الذي تولى منصبه في 2019، يوم الثلاثاء إن المحادثات ستُستأنف.", Language.AR);
        assertThat(found).filteredOn(QuoteClaim.class::isInstance).map(QuoteClaim.class::cast)
                .singleElement().satisfies(q -> assertThat(q.date().start()).isEqualTo(LocalDate.parse("2026-03-10")));
    }
    /**
     * J13 of dev10: a time fronted before the statement dates the statement, not an event of its
     * own — after a comma and the Arabic verb, or before a participle's phrase in English.
     */
    @Test
    void aTimeFrontedBeforeTheStatementDatesIt() {
        List<Claim> found = claims("وفي وقت سابق من الشهر الجاري، أعلنت الوزارة أن صادرات القمح ستتوقف.", Language.AR);
        assertThat(found).filteredOn(DateClaim.class::isInstance).isEmpty();
        assertThat(found).filteredOn(QuoteClaim.class::isInstance).map(QuoteClaim.class::cast)
                .singleElement().satisfies(q -> assertThat(q.date().start()).hasToString("2026-03-01"));
        found = claims("Speaking to reporters on Tuesday, the minister said the border crossing would reopen.", Language.EN);
        assertThat(found).filteredOn(DateClaim.class::isInstance).isEmpty();
        assertThat(found).filteredOn(QuoteClaim.class::isInstance).map(QuoteClaim.class::cast)
                .singleElement().satisfies(q -> assertThat(q.date().start()).hasToString("2026-03-10"));
    }
    /** J13 of dev10: "X, in a statement on Sunday, said the road had reopened" — the statement's day, X speaks. */
    @Test
    void aStatementSetOffBetweenSpeakerAndVerbDatesTheQuote() {
        List<Claim> found = claims("The ministry, in a statement on Sunday, said the coastal road had reopened.", Language.EN);
        assertThat(found).filteredOn(DateClaim.class::isInstance).isEmpty();
        assertThat(found).filteredOn(QuoteClaim.class::isInstance).map(QuoteClaim.class::cast).singleElement()
                .satisfies(q -> assertThat(q.speaker().text()).isEqualTo("The ministry"))
                .satisfies(q -> assertThat(q.quote()).isEqualTo("the coastal road had reopened"));
    }
    /** "The group, founded in 2011, said …": a past participle's aside describes the speaker and does not date the statement. */
    @Test
    void aParticipleAsideOnTheSpeakerDoesNotDateTheStatement() {
        List<Claim> found = claims("The relief group, founded in 2011, said it would reopen its clinics in the city.", Language.EN);
        assertThat(found).filteredOn(QuoteClaim.class::isInstance).map(QuoteClaim.class::cast)
                .singleElement().satisfies(q -> assertThat(q.date()).isNull());
    }
    /**
     * J13, J15 of dev10: in "دانت الوزارة، في بيان اليوم، اقتحام … صباح الخميس، ووصفته بأنه «…»" the
     * statement's day dates the quote, and the condemned storming's Thursday is a dated event of its own.
     */
    @Test
    void theCondemnedEventKeepsItsOwnDayBesideTheStatements() {
        List<Claim> found = claims("دانت وزارة الخارجية، في بيان اليوم الخميس، قصف مستشفى في المدينة صباح الثلاثاء، ووصفته بأنه «جريمة مكتملة الأركان».",
                Language.AR);
        assertThat(found).filteredOn(QuoteClaim.class::isInstance).map(QuoteClaim.class::cast)
                .singleElement().satisfies(q -> assertThat(q.date().start()).hasToString("2026-03-12"));
        assertThat(found).filteredOn(DateClaim.class::isInstance).map(DateClaim.class::cast)
                .extracting(d -> d.date().start().toString()).containsExactly("2026-03-10");
    }

    /**
     * A future word inside a speaker's words does not point the day of their saying forward: "“…, and we will not back down,”
     * X told a rally on Saturday" is the Saturday before publication (dev31-en-004), so no scheduled day; a future word after
     * the quotation still does, and a name in marks is no quotation.
     */
    @Test
    void aFutureWordInsideTheQuotationDoesNotPointTheSayingsDayForward() {
        List<Claim> found = claims("“We have waited long enough, and we will not back down now,” the union leader told a rally outside "
                + "parliament in Lagos on Saturday.", Language.EN);
        assertThat(found).filteredOn(DateClaim.class::isInstance).map(DateClaim.class::cast)
                .noneMatch(d -> d.date().start().isAfter(LocalDate.parse("2026-03-12")));
        found = claims("«لن نقبل بأي تسوية لا تعيد المهجرين إلى قراهم ولن نتنازل عن حقوقنا»، قال وزير الخارجية في مؤتمر صحفي "
                + "عقده في عمّان السبت.", Language.AR);
        assertThat(found).filteredOn(DateClaim.class::isInstance).map(DateClaim.class::cast)
                .noneMatch(d -> d.date().start().isAfter(LocalDate.parse("2026-03-12")));
        found = claims("“We are ready,” the union leader said on Tuesday, adding that talks with the ministry would resume on Monday.",
                Language.EN);
        assertThat(found).filteredOn(DateClaim.class::isInstance).map(DateClaim.class::cast)
                .extracting(d -> d.date().start().toString()).containsExactly("2026-03-16");
        found = claims("ويستضيف المتحف الوطني معرض «ذاكرة المدينة» من 20 آذار إلى 5 نيسان المقبلين.", Language.AR);
        assertThat(found).filteredOn(DateClaim.class::isInstance).map(DateClaim.class::cast)
                .extracting(d -> d.date().start() + ".." + d.date().end()).containsExactly("2026-03-20..2026-04-05");
    }

    /**
     * A relative clause that is itself the statement dates it: "X, which announced on Monday that …" is the day of the saying,
     * no dated event of its own (rule 15; dev15-en-025), unlike a clause on the speaker's past ("who ran the port from 2015").
     */
    @Test
    void aRelativeClauseThatIsTheStatementDatesIt() {
        List<Claim> found = claims("The transitional council, which announced on Monday that it would open talks with opposition parties, "
                + "did not respond to requests for comment.", Language.EN);
        assertThat(found).filteredOn(DateClaim.class::isInstance).isEmpty();
        assertThat(found).filteredOn(QuoteClaim.class::isInstance).map(QuoteClaim.class::cast)
                .singleElement().satisfies(q -> assertThat(q.date().start()).hasToString("2026-03-09"));
    }
}
