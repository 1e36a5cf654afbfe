package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.corroborate.rules.Example;
import org.corroborate.rules.RulePacks;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuoteFinderTest {
    static final RulePacks PACKS = ShippedRules.packs();
    static final QuoteFinder AR = QuoteFinder.of(PACKS, Language.AR);
    static final QuoteFinder EN = QuoteFinder.of(PACKS, Language.EN);
    static final Lexicon AR_LEXICON = new Lexicon(PACKS.forLanguage(Language.AR, SpeechRules.class));
    static final Lexicon EN_LEXICON = new Lexicon(PACKS.forLanguage(Language.EN, SpeechRules.class));

    static Stream<Arguments> positiveExamples() {
        List<Arguments> out = new ArrayList<>();
        for (Language language : Language.values()) {
            for (SpeechRules file : PACKS.forLanguage(language, SpeechRules.class)) {
                Stream.concat(file.verbs().stream(), file.sources().stream()).forEach(rule ->
                        rule.examples().positive().forEach(e -> out.add(Arguments.of(rule.id(), language, e))));
            }
        }
        return out.stream();
    }

    static Stream<Arguments> negativeExamples() {
        List<Arguments> out = new ArrayList<>();
        for (Language language : Language.values()) {
            for (SpeechRules file : PACKS.forLanguage(language, SpeechRules.class)) {
                file.negativeExamples().forEach(text -> out.add(Arguments.of("file", language, text)));
                Stream.concat(file.verbs().stream(), file.sources().stream()).forEach(rule ->
                        rule.examples().negative().forEach(text -> out.add(Arguments.of(rule.id(), language, text))));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("positiveExamples")
    void everyPositiveRuleExampleYieldsItsQuote(String rule, Language language, Example example) {
        List<QuoteClaim> claims = (language == Language.AR ? AR : EN).find(example.text());
        assertThat(claims).as(example.text()).hasSize(1);
        QuoteClaim claim = claims.get(0);
        assertThat(claim.quote()).isEqualTo(example.expected().get("quote").asText());
        assertThat(claim.speaker().text()).isEqualTo(example.expected().get("speaker").asText());
        assertThat(claim.direct()).isEqualTo(example.expected().get("direct").asBoolean());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("negativeExamples")
    void negativeExamplesYieldNoQuote(String rule, Language language, String text) {
        assertThat((language == Language.AR ? AR : EN).find(text)).isEmpty();
    }

    @Test
    void theRestOfALongNameAfterALateSourceIsNoStatement() {
        List<QuoteClaim> claims = AR.find("أجبرت الحرب ملايين السودانيين على ترك منازلهم، وفق المفوضية السامية للأمم المتحدة لشؤون اللاجئين.");
        assertThat(claims).noneMatch(q -> q.quote().startsWith("للأمم"));
    }

    @Test
    void aNameInQuotationMarksIsNotAQuote() {
        assertThat(AR.find("هدد تنظيم الدولة الإسلامية \"داعش\" بشن مزيد من الهجمات.")).isEmpty();
    }

    @Test
    void statementAnaphorTakesTheBodyThatIssuedIt() {
        String text = "جاء ذلك في بيان صادر عن هيئة الإغاثة الوطنية.\n"
                + "وقال البيان إن \"فرق الإنقاذ وصلت إلى القرى المنكوبة\".\n"
                + "وأوضحت أن \"المساعدات ستوزع خلال أيام\".";
        List<QuoteClaim> claims = AR.find(text);
        assertThat(claims).extracting(QuoteClaim::quote)
                .containsExactly("فرق الإنقاذ وصلت إلى القرى المنكوبة", "المساعدات ستوزع خلال أيام");
        assertThat(claims).extracting(c -> c.speaker().text()).containsOnly("هيئة الإغاثة الوطنية");
        assertThat(claims.get(0).speaker().asWritten()).isEqualTo("البيان");
        assertThat(claims.get(1).speaker().asWritten()).isNull();
    }

    @Test
    void ministryAnaphorFindsTheMinistryNamedEarlier() {
        String text = "وقالت وزارة الداخلية العراقية إنها اعتقلت ثلاثة مشتبه بهم.\n"
                + "وقال المتحدث باسم الجيش إن الطريق أعيد فتحه.\n"
                + "وأضافت الوزارة أن التحقيقات مستمرة.";
        List<QuoteClaim> claims = AR.find(text);
        assertThat(claims).hasSize(3);
        assertThat(claims.get(2).speaker().text()).isEqualTo("وزارة الداخلية العراقية");
        assertThat(claims.get(2).speaker().asWritten()).isEqualTo("الوزارة");
    }

    @Test
    void spansPointIntoTheOriginalText() {
        String text = "وقال الوزير إن «الحدود مغلقة حتى إشعار آخر».";
        QuoteClaim claim = AR.find(text).get(0);
        assertThat(claim.span().of(text)).startsWith("الوزير").endsWith("آخر»"); // with its closing mark
        assertThat(claim.text()).isEqualTo(text);
    }

    @Test
    void aDirectQuotationsSpanKeepsItsMarksWhereItsWordsBeginOrEndIt() {
        String after = "\"The shelters are full,\" the mayor told reporters.";
        assertThat(EN.find(after).get(0).span().of(after)).startsWith("\"The shelters").endsWith("the mayor");
        String before = "The mayor said: \"The shelters are full.\" Aid arrived later.";
        assertThat(EN.find(before).get(0).span().of(before)).isEqualTo("The mayor said: \"The shelters are full.\"");
        String reported = "The mayor said the shelters were full.";
        assertThat(EN.find(reported).get(0).span().of(reported)).doesNotEndWith(".");
    }

    @Test
    void secondQuoteJoinedByAndKeepsTheSpeaker() {
        List<QuoteClaim> claims = EN.find("The mayor said \"the bridge is safe\" and \"traffic will resume Monday\".");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("the bridge is safe", "traffic will resume Monday");
        assertThat(claims).extracting(c -> c.speaker().text()).containsOnly("The mayor");
    }

    @Test
    void aSpeakerAfterASingleQuotedStatementDoesNotKeepTheMark() {
        List<QuoteClaim> claims = EN.find("'We call for the release of our colleagues,' the organisation said in a statement.");
        assertThat(claims).extracting(c -> c.speaker().asWritten()).containsExactly("the organisation");
    }

    @Test
    void anOrganisationAnaphorWithNoSpeakerBeforeItTakesTheOrganisationNamedInTheLede() {
        List<QuoteClaim> claims = EN.find("KHARTOUM, Oct 9 — The Sahel Relief Alliance on Friday demanded the release of four of"
                + " its staff. 'We call for their release,' the organisation said in a statement.");
        assertThat(claims).extracting(c -> c.speaker().text()).containsExactly("The Sahel Relief Alliance");
        assertThat(claims).extracting(c -> c.speaker().asWritten()).containsExactly("the organisation");
    }

    @Test
    void aPersonalAnaphorNeverTakesAnOrganisation() {
        List<QuoteClaim> claims = EN.find("The Sahel Relief Alliance suspended its work. 'We are leaving,' he said.");
        assertThat(claims).extracting(c -> c.speaker().text()).doesNotContain("The Sahel Relief Alliance");
    }

    @Test
    void givesASecondVerbAfterAndTheSpeakerOfTheFirstAndEndsTheReportedWordsBeforeIt() {
        List<QuoteClaim> claims = EN.find("Governor Sami Rahal said on Monday that schools would reopen, "
                + "and described the flooding as \"the worst in a decade.\"");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("schools would reopen", "the worst in a decade");
        assertThat(claims).extracting(c -> c.speaker().text()).containsOnly("Governor Sami Rahal");
    }

    @Test
    void aRelativeRightBeforeTheVerbStandsForTheNounBeforeIt() {
        List<QuoteClaim> claims = AR.find("أدان الصحفيون القرار، وفق ما أعلنته النقابة التي وصفت المنع بأنه «اعتداء على المهنة».");
        // the clause before "وفق ما أعلنته" is the union's reported statement; the quotation is its description
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("أدان الصحفيون القرار", "اعتداء على المهنة");
        assertThat(claims).extracting(c -> c.speaker().text()).containsOnly("النقابة");
    }

    @Test
    void aNameInAppositionAfterAQuotationIsTheSpeaker() {
        List<QuoteClaim> claims = AR.find("«المستشفى يعمل بنصف طاقته»، قال مدير المستشفى، الطبيب سامي الخطيب، للصحفيين.");
        assertThat(claims).extracting(c -> c.speaker().text()).containsExactly("الطبيب سامي الخطيب");
    }

    @Test
    void anAsideBetweenCommasMayStandBeforeTheComplementizer() {
        List<QuoteClaim> claims = AR.find("وأكد وزير النقل، خلال مؤتمر صحفي في العاصمة، أن القطارات ستعود إلى العمل قريبا.");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("القطارات ستعود إلى العمل قريبا");
        assertThat(claims.get(0).speaker().text()).isEqualTo("وزير النقل");
    }

    @Test
    void aStatementThatDescribesSomethingIsNoReportedClause() {
        List<QuoteClaim> claims = EN.find("The union said in a statement that described the ruling as \"a dark day for workers.\"");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("a dark day for workers");
        assertThat(claims.get(0).speaker().asWritten()).isEqualTo("The union");
    }

    @Test
    void aClaimSomeoneDeniedIsNoStatementOfTheirs() {
        List<QuoteClaim> claims = EN.find("Rebels said they had captured the hilltop town, a claim the army denied.");
        assertThat(claims).noneMatch(q -> q.speaker().text().contains("claim"));
    }

    @Test
    void aTitleWithAnAbbreviationStillLeadsToTheVerbAfterTheQuote() {
        List<QuoteClaim> claims = EN.find("\"We will hold the line,\" army spokesman Gen. Ali Haddad said on Friday.");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("We will hold the line");
        assertThat(claims.get(0).speaker().text()).contains("Ali Haddad");
    }

    @Test
    void aDatelineIsNoPartOfAStatementBeforeItsSpeaker() {
        List<QuoteClaim> claims = EN.find("ADEN, Yemen (AP) — Floods swept away dozens of homes in the port city, local officials said.");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("Floods swept away dozens of homes in the port city");
        claims = AR.find("عدن - جرفت السيول عشرات المنازل في المدينة الساحلية، بحسب مسؤولين محليين.");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("جرفت السيول عشرات المنازل في المدينة الساحلية");
    }

    @Test
    void aQuotationAfterAParticipleIsTheMainVerbsSpeakers() {
        List<QuoteClaim> claims = EN.find("Three engineers seized near the dam on Monday are unharmed, their employer said on"
                + " Thursday, adding that talks were \"moving in the right direction.\"");
        assertThat(claims).filteredOn(QuoteClaim::direct).extracting(QuoteClaim::quote)
                .containsExactly("moving in the right direction");
        assertThat(claims).filteredOn(QuoteClaim::direct).extracting(q -> q.speaker().text())
                .containsExactly("their employer");
    }

    /**
     * J20 of dev10: an Arabic participle's subject is the one its sentence opens with; the words
     * after it are its object ("واصفاً القرار بأنه «…»"), and a figure ends a body's name.
     */
    @Test
    void anArabicParticiplesSpeakerIsTheSentencesSubjectNotItsObject() {
        List<QuoteClaim> claims = AR.find("وطالب المبعوث الأممي بإطلاق سراح الصحفيين فوراً، واصفاً القرار بأنه «خطوة إلى الوراء».");
        assertThat(claims).extracting(q -> q.speaker().text()).containsExactly("المبعوث الأممي");
        claims = AR.find("ووثّقت شبكة الرصد المحلية 87 انتهاكاً خلال الشهر الماضي، مشيرة إلى أن العدد الحقيقي «أكبر بكثير».");
        assertThat(claims).filteredOn(QuoteClaim::direct).extracting(q -> q.speaker().text())
                .containsExactly("شبكة الرصد المحلية");
    }

    /** J20 of dev10: "بيان للجهاز" is the body's statement; the body speaks, named as the text names it. */
    @Test
    void theBodyOfAStatementSpeaks() {
        List<QuoteClaim> claims = AR.find("داهمت قوة من جهاز الأمن الوطني، فجر اليوم، مخزناً للأسلحة. وقال بيان للجهاز إن المخزن كان يستخدم لتهريب الذخائر. "
                + "وأضاف البيان أن التحقيقات مستمرة.");
        assertThat(claims).extracting(q -> q.speaker().text()).containsExactly("جهاز الأمن الوطني", "جهاز الأمن الوطني");
        claims = AR.find("وأوضح بيان لمديرية الصحة أن المستشفى استقبل المصابين في ساعات الفجر.");
        assertThat(claims).extracting(q -> q.speaker().text()).containsExactly("مديرية الصحة");
        claims = AR.find("وذكر بيان للجيش أن الطريق أعيد فتحه أمام المدنيين.");
        assertThat(claims).extracting(q -> q.speaker().text()).containsExactly("الجيش");
    }

    /** J21 of dev10: "She went on to say that …" — the pronoun speaks, the previous speaker's, not "She went". */
    @Test
    void wentOnToSayIsNoPartOfTheSpeaker() {
        List<QuoteClaim> claims = EN.find("Health Minister Dina Farouk said the clinics would reopen. "
                + "She went on to say that vaccines had reached every district.");
        assertThat(claims).extracting(q -> q.speaker().text())
                .containsExactly("Health Minister Dina Farouk", "Health Minister Dina Farouk");
        assertThat(claims).extracting(q -> q.speaker().asWritten()).contains("She");
    }

    /** J21 of dev10: "warning that …" after a statement is the same speaker's second reported quote. */
    @Test
    void warningThatIsSpeech() {
        List<QuoteClaim> claims = EN.find("The agency said the mountain roads were closed, warning that more snow would fall overnight.");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("the mountain roads were closed", "more snow would fall overnight");
        assertThat(claims).extracting(q -> q.speaker().text()).containsOnly("The agency");
    }

    /** J21 of dev10: a call reports nothing, but words in quotation marks after it are the caller's. */
    @Test
    void quotedWordsAfterACallAreTheCallers() {
        List<QuoteClaim> claims = AR.find("وقالت الوزارة إن القصف استمر ساعات. وطالبت الوزارة مجلس الأمن بإدراج الجماعة على قائمة «المنظمات الإرهابية».");
        assertThat(claims).filteredOn(QuoteClaim::direct).extracting(QuoteClaim::quote).containsExactly("المنظمات الإرهابية");
        assertThat(claims).filteredOn(QuoteClaim::direct).extracting(q -> q.speaker().text()).containsExactly("الوزارة");
        assertThat(AR.find("وطالبت النقابة بالإفراج عن الصحفيين المعتقلين.")).isEmpty(); // a call alone is no quote
    }

    /** J18, J20 of dev10: "…, a police spokesman, Musa Bello, told reporters." — the addressee is no speaker. */
    @Test
    void aTitleAndNameBeforeToldReportersSpeak() {
        List<QuoteClaim> claims = EN.find("The road had reopened by noon, a police spokesman, Musa Bello, told reporters.");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("The road had reopened by noon");
        assertThat(claims).extracting(q -> q.speaker().text()).doesNotContain("reporters");
    }

    /** J18, J19, J21 of dev10: a predicate going on between two quotations; "reported" closing a clause. */
    @Test
    void aSecondQuotationOfTheSamePredicateAndReported() {
        List<QuoteClaim> claims = EN.find("A spokesman, Omar Saleh, said the convoy had been \"held up at the border\" and would arrive \"within hours\".");
        assertThat(claims).filteredOn(QuoteClaim::direct).extracting(QuoteClaim::quote)
                .containsExactly("held up at the border", "within hours");
        assertThat(claims).filteredOn(QuoteClaim::direct).extracting(q -> q.speaker().text()).containsOnly("Omar Saleh");
        claims = EN.find("Nine of the detainees had been freed on bail by the evening, state television reported.");
        assertThat(claims).extracting(q -> q.speaker().text()).containsExactly("state television");
    }

    /** J13 of dev10: "Earlier this month, the ministry said …" — the fronted time is the statement's, not what was said. */
    @Test
    void aFrontedTimeBeforeTheSpeakerIsNoQuote() {
        List<QuoteClaim> claims = EN.find("Earlier this month, the ministry said grain exports would be halted.");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("grain exports would be halted");
        claims = EN.find("Ten people died in the blaze, officials said on Sunday.");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("Ten people died in the blaze");
    }

    @Test
    void aSourceAfterACommaClosesTheStatementBeforeIt() {
        List<QuoteClaim> claims = AR.find("تراجعت صادرات القمح بنسبة الربع هذا العام، بحسب تقديرات وزارة الزراعة، مع استمرار موجة الجفاف.");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("تراجعت صادرات القمح بنسبة الربع هذا العام");
        claims = EN.find("Wheat exports fell by a quarter this year, according to the agriculture ministry, as the drought went on.");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("Wheat exports fell by a quarter this year");
    }

    @Test
    void aStatementKeepsTheHarakatOfItsLastLetter() {
        // normalising drops tanween; the quote is still the words as the editor wrote them
        List<QuoteClaim> claims = AR.find("وقال المحافظ إن الجسر سيُفتح قريباً.");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("الجسر سيُفتح قريباً");
    }
}
