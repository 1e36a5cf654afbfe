package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * Kinds found on blind9's adjudication and dev28/dev29's first run (the sentences are made up for the test): a phrase
 * after a clause-final tag's comma, a market index that "added" a figure, results as the source of "according to", an
 * announcement of a rescue or an end (أعلن + a verbal noun with no count), a warning with a noun after من, a weather
 * service's warning, and words in marks after a pledge's participle.
 */
class WarningsPledgesAndMarketMovesTest {

    @Test
    void aPhraseAfterATagsCommaIsNoPartOfIt() {
        assertThat(QuoteFinderTest.EN.find(
                "Armed men abducted 23 passengers from a bus on the Abuja highway, police said, in the third such attack this month."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("Armed men abducted 23 passengers from a bus on the Abuja highway");
                    assertThat(c.speaker().text()).isEqualTo("police");
                });
        assertThat(QuoteFinderTest.EN.find(
                "Some 8,400 people were still in school shelters, the regional disaster office said, down from 15,000 at the weekend."))
                .singleElement().satisfies(c -> assertThat(c.quote()).isEqualTo("Some 8,400 people were still in school shelters"));
        assertThat(QuoteFinderTest.EN.find(
                "The port reopened to container ships, the harbour authority said on Friday, amid fears of another storm."))
                .singleElement().satisfies(c -> assertThat(c.quote()).isEqualTo("The port reopened to container ships"));
    }

    @Test
    void anIndexThatAddedAFigureSaysNothing() {
        assertThat(QuoteFinderTest.EN.find("Seoul's Kospi added 1.3 percent, while Sydney's benchmark slipped 0.2 percent.")).isEmpty();
        assertThat(QuoteFinderTest.EN.find("The Stoxx 600 adds 12 points in early trade.")).isEmpty();
        // a share as the subject of a clause after "added" is still a statement
        assertThat(QuoteFinderTest.EN.find("The farm ministry added 30 percent of the barley harvest had rotted in the fields."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("The farm ministry"));
    }

    @Test
    void resultsAreNoSpeaker() {
        assertThat(QuoteFinderTest.EN.find("The ruling party lost its majority in the regional assembly, according to preliminary results."))
                .isEmpty();
        assertThat(QuoteFinderTest.EN.find("Turnout reached 61 percent, according to the electoral commission.")).hasSize(1);
    }

    @Test
    void anAnnouncedRescueOrEndIsAQuote() {
        assertThat(QuoteFinderTest.AR.find("وأعلنت البحرية الليبية، أمس الخميس، إنقاذ 96 مهاجراً قبالة سواحل زوارة."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("إنقاذ 96 مهاجراً قبالة سواحل زوارة");
                    assertThat(c.speaker().text()).isEqualTo("البحرية الليبية");
                    assertThat(c.sourcing()).isFalse();
                });
        assertThat(QuoteFinderTest.AR.find("أعلنت فرق الإطفاء السيطرة على الحريق الذي اندلع في سوق الخضار."))
                .singleElement().satisfies(c -> assertThat(c.quote()).isEqualTo("السيطرة على الحريق الذي اندلع في سوق الخضار"));
        assertThat(QuoteFinderTest.AR.find("وأعلنت هيئة الانتخابات تحديد موعد جديد للاقتراع في الدوائر المعادة."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("هيئة الانتخابات"));
    }

    @Test
    void aWarningOfANounIsAQuote() {
        assertThat(QuoteFinderTest.AR.find("وحذّرت منظمة أطباء بلا حدود، اليوم السبت، من انهيار المنظومة الصحية في الإقليم."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("انهيار المنظومة الصحية في الإقليم");
                    assertThat(c.speaker().text()).isEqualTo("منظمة أطباء بلا حدود");
                    assertThat(c.direct()).isFalse();
                });
        // with its subject dropped, the last speaker warns
        assertThat(QuoteFinderTest.AR.find("وقال رئيس البلدية إن الأمطار ستستمر حتى الخميس. وحذّر من انهيارات أرضية في الأحياء المرتفعة."))
                .anySatisfy(c -> {
                    assertThat(c.quote()).isEqualTo("انهيارات أرضية في الأحياء المرتفعة");
                    assertThat(c.speaker().text()).isEqualTo("رئيس البلدية");
                });
        // a weather service's warning is a forecast
        assertThat(QuoteFinderTest.AR.find("وحذّرت هيئة الأرصاد الجوية من رياح قوية على السواحل الغربية.")).isEmpty();
        // no verb of warning: "الحذر" is no statement
        assertThat(QuoteFinderTest.AR.find("ويتوخى السائقون الحذر من الطرق الجبلية في الشتاء.")).isEmpty();
    }

    @Test
    void wordsInMarksAfterAPledgesParticipleAreAQuote() {
        assertThat(QuoteFinderTest.AR.find("واستنكر وزير الداخلية التفجير، متعهداً «بالقصاص من كل من شارك فيه»."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("بالقصاص من كل من شارك فيه");
                    assertThat(c.speaker().text()).isEqualTo("وزير الداخلية");
                    assertThat(c.direct()).isTrue();
                });
        // a pledge with no quoted words says nothing
        assertThat(QuoteFinderTest.AR.find("واستنكر وزير الداخلية التفجير، متعهداً بملاحقة منفذيه.")).isEmpty();
    }

    @Test
    void aSayingAfterADecisionWithAPastVerbIsTheDecidersStatement() {
        assertThat(QuoteFinderTest.EN.find("The central bank of Chile held its key rate at 5 percent, saying the peso needed support."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("the peso needed support");
                    assertThat(c.speaker().text()).isEqualTo("The central bank of Chile");
                });
        // a describing verb inside the participle's clause is no tag with the participle as its speaker
        assertThat(QuoteFinderTest.EN.find(
                "The Bank of Thailand left borrowing costs unchanged, saying weak exports and a strong baht called for patience."))
                .singleElement().satisfies(c -> assertThat(c.quote()).isEqualTo("weak exports and a strong baht called for patience"));
    }

    @Test
    void aClaimedAttackAPartingAndAReportedStateSayNothing() {
        assertThat(QuoteFinderTest.EN.find("A little-known militia, the Saraya Awliya al-Dam, claimed the attack.")).isEmpty();
        assertThat(QuoteFinderTest.EN.find("Fans queued outside the stadium all night to say goodbye to the club's captain.")).isEmpty();
        assertThat(QuoteFinderTest.EN.find("Divers searched for two fishermen reported missing since the storm on Friday.")).isEmpty();
        assertThat(QuoteFinderTest.EN.find("The coast guard reported that two fishermen were missing.")).hasSize(1);
    }

    @Test
    void anAnnouncedCountWithAnAsideAfterItIsStillTheAnnouncersSourcing() {
        assertThat(QuoteFinderTest.AR.find("أعلنت المديرية العامة للأمن الوطني توقيف 9 أشخاص، بينهم امرأتان، في عملية بمدينة وجدة."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).startsWith("توقيف 9 أشخاص، بينهم امرأتان");
                    assertThat(c.speaker().text()).isEqualTo("المديرية العامة للأمن الوطني");
                    assertThat(c.sourcing()).isTrue();
                });
    }

    @Test
    void aGovernoratesStatementSpeaksForIt() {
        assertThat(QuoteFinderTest.AR.find("أُغلق الطريق الزراعي أمام حركة الشاحنات حتى مساء الغد، بحسب بيان لمحافظة الدقهلية."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("محافظة الدقهلية"));
    }

    @Test
    void aTagAfterItsAddresseeOrTheCircumstanceOfAHearingStaysShort() {
        assertThat(QuoteFinderTest.EN.find("The airline will resume flights to Juba in April, Okello told reporters, though he gave no date."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("The airline will resume flights to Juba in April");
                    assertThat(c.speaker().text()).isEqualTo("Okello");
                });
        assertThat(QuoteFinderTest.EN.find(
                "The court will hand down its ruling on Sept. 4, the chief justice said on Friday at the close of the hearing in Lusaka."))
                .singleElement().satisfies(c -> assertThat(c.quote()).isEqualTo("The court will hand down its ruling on Sept. 4"));
    }

    @Test
    void anAnnouncementAfterFimaAndAClauseBeforeAWarningParticipleAreFound() {
        assertThat(QuoteFinderTest.AR.find("وعلّقت الوزارة الدراسة في المدينة، فيما أعلن الجيش نشر وحدات إضافية على مداخلها."))
                .anySatisfy(c -> {
                    assertThat(c.quote()).isEqualTo("نشر وحدات إضافية على مداخلها");
                    assertThat(c.speaker().text()).isEqualTo("الجيش");
                });
        assertThat(QuoteFinderTest.AR.find(
                "وقالت المنظمة إن نصف المراكز الصحية في الولاية توقفت عن العمل، محذّرة من أن «الوضع يتجه نحو كارثة»."))
                .extracting(QuoteClaim::quote)
                .contains("نصف المراكز الصحية في الولاية توقفت عن العمل", "الوضع يتجه نحو كارثة");
    }

    @Test
    void anAnnouncingBodysCountryDoesNotHideWhatWasAnnounced() {
        assertThat(QuoteFinderTest.AR.find("أعلنت الهيئة العليا للانتخابات في تونس، اليوم الجمعة، تحديد موعد الدورة الثانية."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("تحديد موعد الدورة الثانية");
                    assertThat(c.speaker().text()).startsWith("الهيئة العليا للانتخابات");
                });
    }

    @Test
    void aGroupThatClaimedAnAttackSpeaksInItsStatement() {
        assertThat(QuoteFinderTest.AR.find("قُتل ثمانية جنود في كمين، وفق ما أفادت مصادر محلية. "
                + "وتبنّت جماعة أنصار الدين الهجوم في بيان مساء السبت، قالت فيه إنها «غنمت ثلاث آليات»."))
                .anySatisfy(c -> {
                    assertThat(c.quote()).isEqualTo("غنمت ثلاث آليات");
                    assertThat(c.speaker().text()).startsWith("جماعة أنصار");
                });
    }
}
