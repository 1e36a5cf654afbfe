package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * Rule 26 of dev: with a statement the speaker is the body that issued it, and a back-reference resolves to its fullest
 * mention; a title followed by a name in apposition gives the name (the adjudication of a held-out set, 2026-11-30).
 */
class StatementBodiesTest {

    @Test
    void aStatementInConstructWithItsBodyIsTheBodys() {
        assertThat(QuoteFinderTest.AR.find("وأوضح بيان الوزارة أن المستشفيات ممتلئة."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("الوزارة");
                    assertThat(c.quote()).isEqualTo("المستشفيات ممتلئة");
                });
    }

    @Test
    void inItAfterAStatementIsNoSpeaker() {
        assertThat(QuoteFinderTest.AR.find("أصدرت وزارة الصحة بياناً قالت فيه إن المستشفيات ممتلئة."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("وزارة الصحة"));
    }

    @Test
    void aSubjectNamedAfterInItSpeaks() {
        assertThat(QuoteFinderTest.AR.find("أصدرت الوزارة بيانا قال فيه الوزير إن المستشفيات ممتلئة."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("الوزير"));
        assertThat(QuoteFinderTest.AR.find("نشر الجيش بيانا أكد فيه المتحدث باسمه أن القوات تقدمت."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isNotEqualTo("الجيش"));
    }

    @Test
    void theStatementAndTheNounOfItsBodyResolveToTheBodyNamedWithIt() {
        assertThat(QuoteFinderTest.AR.find("ألقت الشرطة القبض على سبعة أشخاص، بحسب بيان لوزارة الداخلية السورية صدر الأربعاء. "
                + "وأوضح البيان أن أفراد الخلية خطفوا ثلاثة تجار. وأشارت الوزارة إلى أن المخطوفين أفرج عنهم."))
                // the arrest before "بحسب بيان لـ…" is the ministry's statement too (its count's sourcing, rule 4 as amended)
                .extracting(c -> c.speaker().text()).containsExactly("وزارة الداخلية السورية", "وزارة الداخلية السورية", "وزارة الداخلية السورية");
    }

    @Test
    void aStatementOfTheBodyIsWrittenAsTheTextWritesIt() {
        // the body speaks; as written, the speaker is the statement with its body (rule 26: the noun phrase as written)
        assertThat(QuoteFinderTest.AR.find("أعلنت هيئة الطيران المدني، الأحد، تعليق الرحلات إلى مطار المدينة. "
                + "وأوضح بيان للهيئة أن القرار جاء بعد تضرر المدرج جراء الأمطار."))
                .last().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("هيئة الطيران المدني");
                    assertThat(c.speaker().asWritten()).isEqualTo("بيان للهيئة");
                });
        assertThat(QuoteFinderTest.AR.find("وقال بيان لوزارة النقل إن الطريق أعيد فتحه أمام السيارات."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("وزارة النقل");
                    assertThat(c.speaker().asWritten()).isEqualTo("بيان لوزارة النقل");
                });
    }

    @Test
    void aBodyWhoseNameRunsOnAfterInIsNamedWhole() {
        assertThat(QuoteFinderTest.AR.find("أعلنت هيئة الرقابة المالية في الأردن، الخميس، تجميد أصول شركتين. "
                + "وذكر بيان للهيئة أن الشركتين خالفتا شروط الترخيص."))
                .last().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("هيئة الرقابة المالية في الأردن"));
    }

    @Test
    void aTitleWithItsNameKeepsTheNameBeforeADescriptionInApposition() {
        assertThat(QuoteFinderTest.AR.find("وقال المهندس ماجد الخطيب، مدير أحد المصانع المتضررة، إن «الخسائر تجاوزت مليون دولار»."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("المهندس ماجد الخطيب"));
        // a title alone, then the name: the name speaks
        assertThat(QuoteFinderTest.AR.find("وقال مدير المصنع، ماجد الخطيب، إن «الخسائر تجاوزت مليون دولار»."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("ماجد الخطيب"));
        // a title whose second word is a preposition's noun names no one: the name after it speaks
        assertThat(QuoteFinderTest.AR.find("وقال المكلف بالاتصال في البلدية، ماجد الخطيب، إن «الخسائر كبيرة»."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("ماجد الخطيب"));
    }

    @Test
    void aDroppedSubjectAfterAStatementKeepsTheStatementAsWritten() {
        assertThat(QuoteFinderTest.AR.find("حجزت فرق الجمارك شحنة من السجائر المهربة، وفق بلاغ للمديرية العامة للجمارك. "
                + "وأوضح البلاغ أن الشحنة كانت مخبأة في حاوية للأثاث. وأضاف أن التحقيق ما زال جارياً."))
                .last().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("المديرية العامة للجمارك");
                    assertThat(c.speaker().asWritten()).isEqualTo("البلاغ");
                });
    }

    @Test
    void aBodyWithItsAbbreviationSpeaksThroughItsReport() {
        // the abbreviation in brackets and the report's medium («في تقرير صدر …») stand between the body and إن
        assertThat(QuoteFinderTest.AR.find("أعلنت الأمم المتحدة تعليق توزيع المساعدات في المدينة. "
                + "وقال برنامج الأغذية العالمي (WFP) في تقرير صدر الاثنين إن مخزونه يكفي لأسبوعين فقط. "
                + "وأضاف البرنامج أن «الطرق ما زالت مغلقة»."))
                .extracting(c -> c.speaker().text()).endsWith("برنامج الأغذية العالمي", "برنامج الأغذية العالمي");
    }

    @Test
    void anOccasionSetOffByCommasIsNoName() {
        assertThat(QuoteFinderTest.AR.find("وأكد الوزير، في مؤتمر صحفي بالعاصمة، أن المدارس ستفتح أبوابها الأسبوع المقبل."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("الوزير"));
    }

    @Test
    void theNoticeResolvesToTheBodyItIsOf() {
        assertThat(QuoteFinderTest.AR.find("أوقفت الشرطة أربعة أشخاص، وفق بلاغ للمديرية العامة للأمن الوطني. "
                + "وأوضح البلاغ أن أحد الموقوفين كان مبحوثاً عنه منذ عام 2021."))
                .extracting(c -> c.speaker().text()).containsExactly("المديرية العامة للأمن الوطني", "المديرية العامة للأمن الوطني");
    }

    @Test
    void theMinisterResolvesToTheTitleWrittenBefore() {
        assertThat(QuoteFinderTest.AR.find("أعلن وزير الداخلية اللبناني أن الانتخابات ستجري على أربع مراحل. "
                + "وقال الوزير في مؤتمر صحفي: «لن نقبل بأي تأجيل»."))
                .extracting(c -> c.speaker().text()).containsOnly("وزير الداخلية اللبناني");
    }

    @Test
    void aNameInAppositionAfterAccordingToIsTheSpeaker() {
        assertThat(QuoteFinderTest.AR.find("ستفتح الحدود الأسبوع المقبل، بحسب ما قاله وزير الداخلية، أحمد سليم."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("أحمد سليم"));
    }

    @Test
    void aNameInAppositionAfterTheRelayedTitleIsTheSpeaker() {
        assertThat(QuoteFinderTest.AR.find("نقلت وكالة الأنباء الجزائرية عن وزير الداخلية، كمال بلعيد، قوله إن الحكومة ستنهي أزمة السكن."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("كمال بلعيد"));
        assertThat(QuoteFinderTest.AR.find("ونقلت الوكالة عن مصدر أمني، طلب عدم الكشف عن هويته، أن الهجوم استهدف حاجزاً."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("مصدر أمني"));
    }

    @Test
    void theIssuerOfAStatementSpeaksInIt() {
        assertThat(QuoteFinderTest.EN.find("The ministry issued a statement in which it said that hospitals were full."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("The ministry"));
        assertThat(QuoteFinderTest.EN.find("The army issued a statement saying its troops had advanced."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("The army");
                    assertThat(c.quote()).isEqualTo("its troops had advanced");
                });
    }

    @Test
    void aDroppedSubjectIsTheWholeNameOfTheBodyWithItsConjunct() {
        assertThat(QuoteFinderTest.AR.find("وزعت هيئة الإغاثة والتنمية مساعدات على ألف أسرة. وقالت إن المخيمات تفتقر إلى المياه."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("هيئة الإغاثة والتنمية"));
        assertThat(QuoteFinderTest.AR.find("قصفت القوات الجوية والبحرية المدينة، وقالت إن الأهداف عسكرية."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("القوات الجوية"));
    }

    @Test
    void aNicknameInMarksIsNoQuotation() {
        assertThat(QuoteFinderTest.EN.find("Colombian police said on Sunday they had captured alias 'El Zarco', a dissident commander."))
                .singleElement().matches(c -> !c.direct());
    }

    @Test
    void takenIntoCustodyIsAnArrestsSourcing() {
        assertThat(QuoteFinderTest.EN.find("The officers were taken into custody on Saturday, the state prosecutor's office said."))
                .singleElement().matches(QuoteClaim::sourcing);
    }

    @Test
    void aCountBeforeSaidAddingIsSourcedToo() {
        assertThat(QuoteFinderTest.EN.find(
                "Ten militants were killed in the area on Monday, the army said, adding that two soldiers were wounded."))
                .extracting(QuoteClaim::quote)
                .containsExactly("Ten militants were killed in the area on Monday", "two soldiers were wounded");
    }
    @Test
    void aTollWithItsIssueDayBeforeTheBodyIsTheBodys() {
        // «حسب حصيلة نشرتها …»: حسب before a document a body issued is "according to", and the day it was issued on
        // stands between the verb and the body
        assertThat(QuoteFinderTest.AR.find("وارتفع عدد الوفيات إلى 12، حسب حصيلة نشرتها مساء الأحد وزارة الصحة."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("وارتفع عدد الوفيات إلى 12");
                    assertThat(c.speaker().text()).isEqualTo("وزارة الصحة");
                });
        assertThat(QuoteFinderTest.AR.find("تراجعت صادرات القمح بنسبة الخمس، وفق أرقام نشرتها أمس الأحد هيئة الإحصاء."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("هيئة الإحصاء"));
        // حسب alone is still "depending on"
        assertThat(QuoteFinderTest.AR.find("ويختلف سعر الحصة حسب الموسم والكمية.")).isEmpty();
    }

    @Test
    void theDayOfTheSayingAfterTheSourceRelativeStandsBeforeTheBody() {
        // dev36-ar-012: «حسب ما أفاد به اليوم الاثنين بيان لـ…»: the day between the relative's verb and the body
        assertThat(QuoteFinderTest.AR.find("وأصيب أربعة عمال في انهيار جدار بورشة بناء، حسب ما أفاد به صباح الثلاثاء بيان للوقاية المدنية."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("وأصيب أربعة عمال في انهيار جدار بورشة بناء");
                    assertThat(c.speaker().text()).isEqualTo("الوقاية المدنية");
                });
        assertThat(QuoteFinderTest.AR.find("وتضررت عشرات المنازل جراء السيول، وفق ما أعلنته أمس وزارة الداخلية."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("وزارة الداخلية"));
        // a planned thing after the relative is still no source
        assertThat(QuoteFinderTest.AR.find("وستُفتح المعابر أمام الشاحنات، حسب ما هو مقرر الأسبوع المقبل.")).isEmpty();
    }

    @Test
    void aSecondCoordinatedThatClauseIsTheOuterVerbsNotTheInnerOnes() {
        // dev36-ar-023: «ذكرت الوزارة أن التحقيقات كشفت …، وأنه …»: كشفت inside the first clause takes no speaker of its own
        assertThat(QuoteFinderTest.AR.find("وأفادت الشرطة في بيان أن التحريات كشفت ضلوع موظفين في تهريب الوقود، وأنه جرى توقيف اثنين منهم."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("التحريات كشفت ضلوع موظفين في تهريب الوقود، وأنه جرى توقيف اثنين منهم");
                    assertThat(c.speaker().text()).isEqualTo("الشرطة");
                });
        // near case: a speech verb opening the sentence still reports its own two clauses
        assertThat(QuoteFinderTest.AR.find("وأكدت الهيئة أن الأمطار ستستمر حتى الخميس، وأن الطرق الجبلية مغلقة."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("الأمطار ستستمر حتى الخميس، وأن الطرق الجبلية مغلقة");
                    assertThat(c.speaker().text()).isEqualTo("الهيئة");
                });
    }
}
