package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Speakers and statements of blind10's adjudicated kinds: a trailing tag whose medium ("in a statement") is followed by a
 * further phrase, the speaker of a call made in a circumstantial verb (not whom it is made to), an adjective phrase set
 * off by commas after a body's name, the subject of the verb a subjectless speech verb is coordinated with, and a
 * circumstantial assertion (مؤكداً) with a verbal noun; a second speech verb after "but"/"and" ends the first clause.
 */
class MediaTagsCallersAndLooseSubjectsTest {

    @Test
    void aTagsMediumIsPartOfTheTagBeforeAFurtherPhrase() {
        // the clause before the tag is the ministry's (a count's sourcing, rule 4 as amended), the participle's its second
        assertThat(QuoteFinderTest.EN.find(
                "Three people were injured when a fuel tanker overturned on the highway, the transport ministry said in a"
                        + " statement, adding that the road would stay closed overnight."))
                .extracting(c -> c.quote())
                .containsExactly("Three people were injured when a fuel tanker overturned on the highway",
                        "the road would stay closed overnight");
        assertThat(QuoteFinderTest.EN.find(
                "Soldiers killed 15 insurgents in a raid on a hideout near the river, the army said in a statement late in"
                        + " the evening."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("Soldiers killed 15 insurgents in a raid on a hideout near the river");
                    assertThat(c.speaker().text()).isEqualTo("the army");
                });
    }

    @Test
    void aCircumstantialCallIsMadeByTheSubjectNotWhomItIsMadeTo() {
        assertThat(QuoteFinderTest.AR.find(
                "وأدان مكتب المنسق الإنساني القصف، داعياً جميع الأطراف إلى «احترام القانون الدولي وحماية المدنيين»."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("احترام القانون الدولي وحماية المدنيين");
                    assertThat(c.speaker().text()).isEqualTo("مكتب المنسق الإنساني");
                    assertThat(c.direct()).isTrue();
                });
    }

    @Test
    void anAdjectivePhraseAfterABodysNameIsNoName() {
        assertThat(QuoteFinderTest.AR.find(
                "وقالت جبهة التحرير الوطني، المرتبطة بتحالف المعارضة، إنها ستقاطع الانتخابات المقبلة."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("ستقاطع الانتخابات المقبلة");
                    assertThat(c.speaker().text()).isEqualTo("جبهة التحرير الوطني");
                });
        // a person's name in apposition still speaks
        assertThat(QuoteFinderTest.AR.find(
                "وقالت مديرة المستشفى، الدكتورة سلمى الحسن، إن الأقسام تعمل بكامل طاقتها."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("الدكتورة سلمى الحسن"));
    }

    @Test
    void aSubjectlessSpeechVerbSpeaksForTheSubjectOfTheVerbBeforeIt() {
        assertThat(QuoteFinderTest.AR.find(
                "وأعلنت الوكالة ترحيل دفعة جديدة من المهاجرين. وانتقدت جمعيات أهلية القرار، وقالت إن المرحلين لم يحصلوا على"
                        + " حق الدفاع."))
                .filteredOn(c -> c.quote().startsWith("المرحلين"))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("جمعيات أهلية"));
    }

    @Test
    void aRateHeldIsAnAnnouncedDecision() {
        assertThat(QuoteFinderTest.AR.find("أعلن البنك المركزي، اليوم الخميس، تثبيت سعر الفائدة الرئيسي دون تغيير."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("تثبيت سعر الفائدة الرئيسي دون تغيير");
                    assertThat(c.speaker().text()).isEqualTo("البنك المركزي");
                });
    }

    @Test
    void aCircumstantialAssertionWithAVerbalNounIsAStatement() {
        assertThat(QuoteFinderTest.AR.find(
                "وقال وزير الصحة إن المستشفيات مستعدة لاستقبال المرضى، مؤكداً استمرار توزيع الأدوية على المراكز الريفية."))
                .extracting(c -> c.quote())
                .containsExactly("المستشفيات مستعدة لاستقبال المرضى", "استمرار توزيع الأدوية على المراكز الريفية");
        // a noun of no verbal shape after it is no statement of this kind
        assertThat(QuoteFinderTest.AR.find("وقال وزير الصحة إن المستشفيات مستعدة، مؤكداً ضرورة الحذر."))
                .extracting(c -> c.quote()).containsExactly("المستشفيات مستعدة");
    }

    @Test
    void aSecondSpeechVerbAfterAConjunctionEndsTheFirstClause() {
        // rule 25: each speech verb has its own clause; the first is not emitted again with the second inside it
        assertThat(QuoteFinderTest.EN.find(
                "The union leader said talks with the airline had made progress but warned that strikes could resume in May."))
                .extracting(c -> c.quote())
                .containsExactly("talks with the airline had made progress", "strikes could resume in May");
        assertThat(QuoteFinderTest.EN.find(
                "The governor said the bridge would reopen on Friday and added that tolls would be waived for a month."))
                .extracting(c -> c.quote())
                .containsExactly("the bridge would reopen on Friday", "tolls would be waived for a month");
        // a conjunction before a verb of the reported clause itself is part of it
        assertThat(QuoteFinderTest.EN.find("The mayor said residents had cleared the roads and repaired the school."))
                .extracting(c -> c.quote()).containsExactly("residents had cleared the roads and repaired the school");
    }

    @Test
    void aBodysNameRunsOnThroughItsClitisedGenitive() {
        assertThat(QuoteFinderTest.AR.find(
                "أعلنت الإدارة العامة للمرور، صباح الأحد، إغلاق الطريق الدائري أمام الشاحنات الثقيلة لمدة أسبوع."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("إغلاق الطريق الدائري أمام الشاحنات الثقيلة لمدة أسبوع");
                    assertThat(c.speaker().text()).isEqualTo("الإدارة العامة للمرور");
                });
    }

    @Test
    void quotedWordsAfterAnAccusationAreTheAccusers() {
        assertThat(QuoteFinderTest.AR.find("واتهمت هيئة الرقابة مسؤولين في البلدية بـ«إهدار المال العام»."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("إهدار المال العام");
                    assertThat(c.speaker().text()).isEqualTo("هيئة الرقابة");
                    assertThat(c.direct()).isTrue();
                });
        // with no quoted words an accusation reports nothing
        assertThat(QuoteFinderTest.AR.find("واتهمت هيئة الرقابة مسؤولين في البلدية بإهدار المال العام.")).isEmpty();
    }

    @Test
    void aReportedClauseEndsBeforeACircumstantialCall() {
        assertThat(QuoteFinderTest.AR.find(
                "وأوضح مدير الدفاع المدني أن فرقه أخمدت الحريق بعد ساعات، داعياً السكان إلى «إبلاغ الفرق عن أي دخان»."))
                .extracting(c -> c.quote())
                .containsExactly("فرقه أخمدت الحريق بعد ساعات", "إبلاغ الفرق عن أي دخان");
    }

    @Test
    void aBodysItInATrailingTagStandsForTheBodyTheClauseOpensWith() {
        assertThat(QuoteFinderTest.EN.find(
                "The water authority will cut supplies to the eastern districts for two days next week, it said on Thursday."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("The water authority"));
    }

    @Test
    void aNameInAppositionMayEndOnAWordWrittenAsAPreposition() {
        assertThat(QuoteFinderTest.AR.find("وقال مدير المدرسة، حسن بن علي: «سنعيد فتح الفصول الأسبوع المقبل»."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("حسن بن علي"));
        // a medium set off by commas is no name
        assertThat(QuoteFinderTest.AR.find("وأعلن المتحدث باسم الشرطة، في بيان، أن عناصرها «أحبطوا عملية تهريب»."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("المتحدث باسم الشرطة"));
    }

    @Test
    void aShortNameInMarksClosingASourcesNameIsNoQuote() {
        assertThat(QuoteFinderTest.AR.find(
                "غمرت المياه ثلاث قرى في الإقليم، وفق هيئة الأرصاد والإنذار المبكر «إنذار»."))
                .singleElement().satisfies(c -> assertThat(c.direct()).isFalse());
    }

    @Test
    void aWithoutGivingPhraseEndsATrailingTag() {
        assertThat(QuoteFinderTest.EN.find(
                "Divers found the wreck of the fishing boat near the reef, a coast guard officer said, without giving further"
                        + " detail on the crew."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("Divers found the wreck of the fishing boat near the reef");
                    assertThat(c.speaker().text()).isEqualTo("a coast guard officer");
                });
    }

    @Test
    void theEldersCommonViewIsNoStatement() {
        assertThat(QuoteFinderTest.AR.find("ويقول كبار السن في القرية إن الشتاء لم يعد بارداً كما كان.")).isEmpty();
        // a named elder still speaks
        assertThat(QuoteFinderTest.AR.find("وقال كبير أعيان القرية، سالم العمري، إن الشتاء لم يعد بارداً كما كان."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("سالم العمري"));
    }

    @Test
    void aNameInAppositionAfterAccordingToSpeaks() {
        assertThat(QuoteFinderTest.EN.find(
                "The bridge was closed to lorries, according to a district engineer, Maria Santos, who said repairs would"
                        + " start in June."))
                .extracting(c -> c.speaker().text()).containsOnly("Maria Santos");
    }

    @Test
    void aDroppedSubjectAfterASourcedSentenceIsTheSourcesBody() {
        assertThat(QuoteFinderTest.AR.find(
                "أوقفت الشرطة خمسة أشخاص في حي الزيتون، بحسب بيان للمديرية. وأضاف أن الموقوفين أحيلوا إلى النيابة، وأن التحقيق"
                        + " ما زال جارياً."))
                .filteredOn(c -> c.quote().startsWith("الموقوفين"))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("الموقوفين أحيلوا إلى النيابة، وأن التحقيق ما زال جارياً");
                    assertThat(c.speaker().text()).isEqualTo("المديرية");
                });
    }

    @Test
    void aPronounAndAuxiliaryOpenAClauseAfterAnySpeechVerb() {
        assertThat(QuoteFinderTest.EN.find("The rebel movement, in a post on its channel, claimed it had shot down a drone."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("it had shot down a drone");
                    assertThat(c.speaker().text()).isEqualTo("The rebel movement");
                });
        // a noun after "claimed" is its object
        assertThat(QuoteFinderTest.EN.find("The storm claimed the lives of six fishermen off the coast.")).isEmpty();
    }

    @Test
    void aTimeOfTheSayingMayStandBeforeThePronounAndAuxiliary() {
        // dev37-en-017: "announced on Friday it would …" reads as "announced it would …"
        assertThat(QuoteFinderTest.EN.find("The transport ministry announced on Tuesday it would cut bus fares by half until March."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("it would cut bus fares by half until March");
                    assertThat(c.speaker().text()).isEqualTo("The transport ministry");
                });
        // near case: a time, then a noun after the verb, is no clause of a pronoun
        assertThat(QuoteFinderTest.EN.find("The transport ministry announced on Tuesday new bus fares for the capital.")).isEmpty();
    }
}
