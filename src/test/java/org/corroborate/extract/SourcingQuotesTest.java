package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.Claim;
import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Team decision of 2026-11-30 (third), amending rule 4 of dev: a reported statement whose whole content is a count is
 * the count's sourcing, a quote claim marked {@code "sourcing": true} beside the count claim; its words without the
 * attribution and the complementiser, its speaker and date as for any quote. An ordinary statement carries no mark.
 */
class SourcingQuotesTest {
    private static final ClaimExtractor EXTRACTOR =
            ShippedRules.extractor();
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private static List<Claim> claims(String text, Language language) {
        return EXTRACTOR.extract(text, language, LocalDate.parse("2026-03-12"));
    }

    private static List<QuoteClaim> quotes(List<Claim> claims) {
        return claims.stream().filter(QuoteClaim.class::isInstance).map(QuoteClaim.class::cast).toList();
    }

    private static long counts(List<Claim> claims) {
        return claims.stream().filter(CountClaim.class::isInstance).count();
    }

    @Test
    void aTollWithItsSpeakerAfterIsACountAndAMarkedQuote() throws Exception {
        List<Claim> claims = claims("Twelve people were killed in the shelling of the market on Tuesday, the health ministry said.",
                Language.EN);
        assertThat(counts(claims)).isEqualTo(1);
        QuoteClaim quote = quotes(claims).getFirst();
        assertThat(quotes(claims)).hasSize(1);
        assertThat(quote.sourcing()).isTrue();
        assertThat(quote.direct()).isFalse();
        assertThat(quote.quote()).startsWith("Twelve people were killed").doesNotContain("ministry said");
        assertThat(quote.speaker().text()).containsIgnoringCase("health ministry");
        assertThat(JSON.readTree(JSON.writeValueAsString(quote)).path("sourcing").asBoolean()).isTrue();
    }

    @Test
    void accordingToASourceIsASourcing() {
        List<Claim> claims = claims("According to the civil defence, four rescuers were killed when the building collapsed.",
                Language.EN);
        assertThat(counts(claims)).isEqualTo(1);
        assertThat(quotes(claims)).singleElement().satisfies(q -> {
            assertThat(q.sourcing()).isTrue();
            assertThat(q.speaker().text()).containsIgnoringCase("civil defence");
            assertThat(q.quote()).startsWith("four rescuers were killed");
        });
    }

    @Test
    void anArabicReportedTollIsAMarkedQuoteWithoutItsComplementiser() {
        List<Claim> claims = claims("وقالت الشرطة إن ثلاثة أشخاص قتلوا في انفجار سيارة مفخخة.", Language.AR);
        assertThat(counts(claims)).isEqualTo(1);
        assertThat(quotes(claims)).singleElement().satisfies(q -> {
            assertThat(q.sourcing()).isTrue();
            assertThat(q.speaker().text()).contains("الشرطة");
            assertThat(q.quote()).startsWith("ثلاثة أشخاص قتلوا");
        });
    }

    @Test
    void bihasabMaAlanathuIsASourcing() {
        List<Claim> claims = claims("قتل 15 شخصا في غارة على مخيم للنازحين، بحسب ما أعلنته وزارة الصحة.", Language.AR);
        assertThat(counts(claims)).isEqualTo(1);
        assertThat(quotes(claims)).singleElement().satisfies(q -> {
            assertThat(q.sourcing()).isTrue();
            assertThat(q.speaker().text()).contains("وزارة الصحة");
        });
    }

    @Test
    void anOrdinaryStatementCarriesNoMark() throws Exception {
        List<Claim> claims = claims("The mayor said the bridge would reopen next month.", Language.EN);
        assertThat(quotes(claims)).singleElement().satisfies(q -> assertThat(q.sourcing()).isFalse());
        assertThat(JSON.readTree(JSON.writeValueAsString(quotes(claims).getFirst())).has("sourcing")).isFalse();
        assertThat(quotes(claims("وقال الوزير إن الحكومة ستفتح الجسر الشهر المقبل.", Language.AR)))
                .singleElement().satisfies(q -> assertThat(q.sourcing()).isFalse());
    }

    @Test
    void aStatementThatSaysMoreThanItsCountIsNotMarked() {
        List<Claim> claims = claims("A police spokesman said 43 people had been detained and would be charged with unlawful assembly.",
                Language.EN);
        assertThat(quotes(claims)).singleElement().satisfies(q -> assertThat(q.sourcing()).isFalse());
    }

    @Test
    void accordingToARuleWithWordsBeforeItsNounNamesNoSource() {
        List<Claim> claims = claims("Four men were arrested on Monday according to the new emergency law.", Language.EN);
        assertThat(counts(claims)).isEqualTo(1);
        assertThat(quotes(claims)).isEmpty();
        assertThat(quotes(claims("Five suspects were detained overnight, according to the revised security plan.", Language.EN)))
                .isEmpty();
        // a body is still a source: "according to the UN refugee agency"
        assertThat(quotes(claims("Six people were killed, according to the UN refugee agency.", Language.EN)))
                .singleElement().satisfies(q -> assertThat(q.sourcing()).isTrue());
    }

    @Test
    void aCountOnlyInAClauseOfTheStatementsOwnWordsIsNoSourcing() {
        assertThat(quotes(claims("Neighbours said they heard shouting before two men were shot dead in the street.", Language.EN)))
                .singleElement().satisfies(q -> {
                    assertThat(q.sourcing()).isFalse();
                    assertThat(q.quote()).startsWith("they heard shouting");
                });
        assertThat(quotes(claims("وقال سكان إنهم سمعوا دوي انفجارات قبل مقتل ثلاثة من جيرانهم.", Language.AR)))
                .singleElement().satisfies(q -> assertThat(q.sourcing()).isFalse());
    }

    @Test
    void aSubordinatorAfterATimeWordOrARelativeOnlyDatesTheCount() {
        assertThat(quotes(claims("The raid came hours after gunmen killed four soldiers near the border, the army said.", Language.EN)))
                .singleElement().satisfies(q -> assertThat(q.sourcing()).isTrue());
        assertThat(quotes(claims("The fighting that broke out after the vote has killed nine people, the ministry said.", Language.EN)))
                .singleElement().satisfies(q -> assertThat(q.sourcing()).isTrue());
        // Arabic puts the time word after the subordinator: "بعد ساعات من" dates the count as "hours after" does
        assertThat(quotes(claims("وقالت الحركة إن الهجوم جاء بعد ساعات من مقتل 14 جنديا.", Language.AR)))
                .singleElement().satisfies(q -> assertThat(q.sourcing()).isTrue());
        assertThat(quotes(claims("وقال الجيش إن الغارة وقعت بعد يومين من مقتل أربعة جنود قرب الحدود.", Language.AR)))
                .singleElement().satisfies(q -> assertThat(q.sourcing()).isTrue());
    }

    @Test
    void aDatelineWithAnApostropheIsNoPartOfTheQuote() {
        assertThat(quotes(claims("N'DJAMENA, Chad (Reuters) - Gunmen killed six herders near the border on Sunday, the army said.",
                Language.EN))).singleElement().satisfies(q -> assertThat(q.quote()).startsWith("Gunmen killed six herders"));
    }
}
