package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * Statements the reader counts and who made them: an announced count noun after a whole name, a time or a subject before
 * the verb; names and titles in marks after a body or work noun; the subject of a sentence opening with كان or a negated
 * verb, or standing after "غير أن"; a statement's body after "وفق بيان لـ"; and, in English, the clause before
 * "X said, adding that", a second trailing tag in one sentence and an acronym opening the speaker.
 */
class AnnouncedCountsSubjectsAndTagsTest {

    private static List<QuoteClaim> ar(String text) {
        return QuoteFinderTest.AR.find(text);
    }

    private static List<QuoteClaim> en(String text) {
        return QuoteFinderTest.EN.find(text);
    }

    @Test
    void anAnnouncedCountNounEndsTheNameBeforeIt() {
        List<QuoteClaim> claims = ar("وأعلنت مديرية الأمن العام توقيف خمسة أشخاص يشتبه في تورطهم بسرقة مصرف.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.speaker().text()).isEqualTo("مديرية الأمن العام");
            assertThat(c.quote()).isEqualTo("توقيف خمسة أشخاص يشتبه في تورطهم بسرقة مصرف");
            assertThat(c.sourcing()).isTrue();
        });
        assertThat(ar("وأكدت منظمة أطباء بلا حدود وفاة تسعة أطفال في المخيم خلال أسبوع."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("منظمة أطباء بلا حدود");
                    assertThat(c.quote()).startsWith("وفاة تسعة أطفال");
                });
    }

    @Test
    void aCountNounAfterAConstructHeadStaysInTheName() {
        assertThat(ar("وأعلنت هيئة تحرير الشام مقتل ثلاثة من عناصرها في الاشتباكات."))
                .extracting(c -> c.speaker().text()).containsExactly("هيئة تحرير الشام");
    }

    @Test
    void aTimeMayStandBetweenTheSpeakerAndTheAnnouncedNoun() {
        assertThat(ar("وأعلن الجيش لاحقاً مقتل اثنين من المسلحين في تبادل لإطلاق النار."))
                .extracting(QuoteClaim::quote).containsExactly("مقتل اثنين من المسلحين في تبادل لإطلاق النار");
        assertThat(ar("وكانت النيابة قد أعلنت الشهر الماضي اعتقال سبعة موظفين في البلدية."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("النيابة");
                    assertThat(c.quote()).isEqualTo("اعتقال سبعة موظفين في البلدية");
                });
    }

    @Test
    void confirmingANounThatIsNoCountReportsNothing() {
        assertThat(ar("وأكد رئيس البرلمان دعم المجلس للحكومة.")).isEmpty();
    }

    @Test
    void anAnnouncedNounPhraseEndsBeforeAClauseWithItsOwnSubjectAndSource() {
        List<QuoteClaim> claims = ar("أعلنت الهيئة مقتل عامل في انهيار منجم، فيما أصيب ثلاثة آخرون بجروح، بحسب نقابة العمال.");
        assertThat(claims).extracting(c -> c.speaker().text()).containsExactly("الهيئة", "نقابة العمال");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("مقتل عامل في انهيار منجم", "أصيب ثلاثة آخرون بجروح");
    }

    @Test
    void aNameOrTitleInMarksAfterABodyOrWorkNounIsNoQuotation() {
        assertThat(ar("وتبنى الهجوم فرع التنظيم في بيان نشرته وكالة «الفجر».")).isEmpty();
        assertThat(ar("أطلقت الوزارة حملة «صيف آمن» لحماية الأطفال من الغرق.")).isEmpty();
        assertThat(ar("وقالت الكاتبة إن روايتها الجديدة بعنوان «بيت على النهر» ستصدر في الربيع."))
                .singleElement().satisfies(c -> {
                    assertThat(c.direct()).isFalse();
                    assertThat(c.quote()).isEqualTo("روايتها الجديدة بعنوان «بيت على النهر» ستصدر في الربيع");
                });
    }

    @Test
    void theSubjectOfASentenceOpeningWithKanaOrANegatedVerbSpeaksLater() {
        assertThat(ar("وأكدت الشرطة أنها فتحت تحقيقاً. وكان سائق ثالث قد نجا من الحادث، وقال للصحفيين: «رأيت الشاحنة تنقلب أمامي»."))
                .extracting(c -> c.speaker().text()).containsExactly("الشرطة", "سائق ثالث");
        assertThat(ar("وقالت الخارجية إن الوفد سيصل غداً. ولم تعلّق دمشق على التقرير، فيما تقول إن قواتها تلتزم بالهدنة."))
                .extracting(c -> c.speaker().text()).containsExactly("الخارجية", "دمشق");
        assertThat(ar("وكانت الحكومة قد أعلنت الأحد الماضي خطة جديدة، وقالت إنها ستنفذ خلال شهر."))
                .extracting(c -> c.speaker().text()).containsExactly("الحكومة");
    }

    @Test
    void theSubjectAfterAContrastOpenerSpeaks() {
        assertThat(ar("وتراجع منسوب النهر خلال الصيف، غير أن موظفين في السد قالوا إن المياه ستكفي حتى الخريف."))
                .extracting(c -> c.speaker().text()).containsExactly("موظفين في السد");
    }

    @Test
    void theBodyOfAStatementAfterAccordingToSpeaks() {
        assertThat(ar("أغلقت السلطات الطريق الساحلي أمام الشاحنات، وفق بيان لوزارة النقل."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("وزارة النقل");
                    assertThat(c.quote()).isEqualTo("أغلقت السلطات الطريق الساحلي أمام الشاحنات");
                });
    }

    @Test
    void anAcronymInBracketsBeforeTheComplementizerIsPartOfTheName() {
        assertThat(ar("وقالت منظمة الأمم المتحدة للطفولة (يونيسف) إن المدارس أعيد فتحها في المدينة."))
                .extracting(c -> c.speaker().text()).containsExactly("منظمة الأمم المتحدة للطفولة (يونيسف)");
    }

    @Test
    void theClauseBeforeSaidAddingThatIsAStatementToo() {
        assertThat(en("Rescuers pulled 12 people from the rubble, the fire service said, adding that the search would go on overnight."))
                .extracting(QuoteClaim::quote)
                .containsExactly("Rescuers pulled 12 people from the rubble", "the search would go on overnight");
    }

    @Test
    void aSecondTrailingTagReportsOnlyTheClauseAfterTheFirst() {
        List<QuoteClaim> claims = en("A teacher was shot dead outside the school, his brother said, and at least nine pupils "
                + "were treated for shock, the regional health office said.");
        assertThat(claims).extracting(c -> c.speaker().text()).containsExactly("his brother", "the regional health office");
        assertThat(claims).extracting(QuoteClaim::quote)
                .containsExactly("A teacher was shot dead outside the school", "at least nine pupils were treated for shock");
    }

    @Test
    void anAcronymOpeningTheSpeakerIsNoRelativePronoun() {
        assertThat(en("Vaccination teams reached 40 villages in the valley, WHO spokesman Tarik Jasarevic said."))
                .extracting(c -> c.speaker().text()).containsExactly("WHO spokesman Tarik Jasarevic");
    }

    @Test
    void aSpeechParticipleAfterAnotherVerbReportsTheSubjectsStatement() {
        assertThat(en("The union called off the strike on Friday, saying members had accepted the new offer."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("The union");
                    assertThat(c.quote()).isEqualTo("members had accepted the new offer");
                });
        assertThat(en("The minister left the meeting early, saying nothing to reporters.")).isEmpty();
        assertThat(en("Police sealed off the area, adding roadblocks on the main roads.")).isEmpty();
    }

    @Test
    void aClauseOfItsOwnAfterATagsCommaIsNoPartOfTheTag() {
        assertThat(en("Ukrainian forces shot down 40 of 52 drones overnight, the air force said on Thursday, but a strike "
                + "on a hospital in Sumy wounded six people."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("the air force");
                    assertThat(c.quote()).isEqualTo("Ukrainian forces shot down 40 of 52 drones overnight");
                });
    }

    @Test
    void whatTheSubjectCallsAThingAfterMaIsTheSubjectsWords() {
        assertThat(ar("وانتقدت كتل نيابية ما وصفته بتأخر الحكومة في صرف رواتب المتقاعدين."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("كتل نيابية");
                    assertThat(c.quote()).isEqualTo("تأخر الحكومة في صرف رواتب المتقاعدين");
                    assertThat(c.direct()).isFalse();
                });
        assertThat(ar("في المقابل، رفض نواب المعارضة ما وصفوه بـ«قانون الجباية الجائر»، مطالبين بسحبه."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("نواب المعارضة");
                    assertThat(c.quote()).isEqualTo("قانون الجباية الجائر");
                    assertThat(c.direct()).isTrue();
                });
    }

    @Test
    void aDescriberNamedAfterTheVerbSpeaksItself() {
        assertThat(ar("ورفض الاتحاد ما وصفته الحكومة بإصلاحات ضرورية لسوق العمل."))
                .extracting(c -> c.speaker().text()).containsExactly("الحكومة");
        assertThat(ar("انتقد الوزير ما وصفته الحكومة السابقة بـ«الإصلاح الشامل»."))
                .extracting(c -> c.speaker().text()).containsExactly("الحكومة السابقة");
    }

    @Test
    void aCoordinatedPerfectAddedTakesAnObject() {
        assertThat(en("The city council has repaved the old market square and added benches along the river.")).isEmpty();
        assertThat(en("The council has repaved the square and added that more streets would follow.")).singleElement()
                .satisfies(c -> assertThat(c.speaker().text()).isEqualTo("The council"));
    }

    @Test
    void theSubjectOfAFirstPredicateSpeaksAfterAnd() {
        assertThat(en("The governor toured the flooded district and said the army would deliver water by Friday."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("The governor");
                    assertThat(c.quote()).isEqualTo("the army would deliver water by Friday");
                });
    }

    @Test
    void aDescriberNamedAfterAnObjectPronounVerbSpeaks() {
        assertThat(ar("وافتتح الرئيس المعبر الحدودي أمس في خطوة وصفها دبلوماسيون بأنها «بداية مرحلة جديدة»."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("دبلوماسيون");
                    assertThat(c.quote()).isEqualTo("بداية مرحلة جديدة");
                });
        assertThat(ar("ورحب الاتحاد بالقرار في بيان، ووصفه بأنه «انتصار للعمال»."))
                .extracting(c -> c.speaker().text()).containsExactly("الاتحاد");
    }

    @Test
    void aClauseLinkedByAndThatAfterAMixedQuotationIsReportedOnItsOwn() {
        List<QuoteClaim> claims = en("The transport minister said the new line was \"ahead of schedule\" and that trains "
                + "would run by the end of the year.");
        assertThat(claims).extracting(QuoteClaim::quote)
                .containsExactlyInAnyOrder("ahead of schedule", "trains would run by the end of the year");
        assertThat(claims).extracting(c -> c.speaker().text()).containsOnly("The transport minister");
    }

    @Test
    void aClaimOfResponsibilityReportsNoStatementAndItsNameInMarksIsNoQuotation() {
        assertThat(en("\"Ansar al-Haqq\" claimed responsibility for the bombing on its Telegram channel.")).isEmpty();
        assertThat(en("A little-known militant group, \"Sons of the Valley,\" claimed responsibility in an online post.")).isEmpty();
        assertThat(en("A faction calling itself \"Sons of the Valley\" said it had planted the bomb."))
                .extracting(QuoteClaim::quote).doesNotContain("Sons of the Valley");
    }

    @Test
    void aCircumstantialVerbPointingToACountNounStatesTheCount() {
        List<QuoteClaim> claims = ar("وقال قائد حرس الحدود إن دورياته «لن تتهاون مع المهربين»، مشيراً إلى توقيف سبعة أشخاص خلال الأسبوع.");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("لن تتهاون مع المهربين", "توقيف سبعة أشخاص خلال الأسبوع");
        assertThat(claims.get(1).sourcing()).isTrue();
        assertThat(claims).extracting(c -> c.speaker().text()).containsOnly("قائد حرس الحدود");
        assertThat(ar("وقال المحافظ إن المياه انحسرت، لافتاً إلى تضرر عشرات المنازل."))
                .extracting(QuoteClaim::quote).containsExactly("المياه انحسرت");
    }

    @Test
    void theSourceAnAgencyRelaysAfterAccordingToSpeaks() {
        assertThat(ar("أغلقت السلطات المعبر الحدودي أمام الشاحنات، وفق ما نقلته وكالة الأنباء الرسمية عن مسؤول في الجمارك."))
                .extracting(c -> c.speaker().text()).containsExactly("مسؤول في الجمارك");
        assertThat(ar("أغلقت السلطات المعبر الحدودي أمام الشاحنات، وفق ما نقلته وكالة الأنباء الرسمية."))
                .extracting(c -> c.speaker().text()).containsExactly("وكالة الأنباء الرسمية");
    }

    @Test
    void aDocumentABodyIssuedAfterACommaTagsTheSentence() {
        assertThat(ar("ارتفع عدد ضحايا الانهيار الأرضي إلى ١٩ قتيلاً، في حصيلة محدثة أعلنتها هيئة الدفاع المدني مساء الأحد."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("هيئة الدفاع المدني");
                    assertThat(c.quote()).isEqualTo("ارتفع عدد ضحايا الانهيار الأرضي إلى ١٩ قتيلاً");
                });
        assertThat(ar("وصل الوفد الوزاري إلى العاصمة، في زيارة تستمر ثلاثة أيام.")).isEmpty();
    }

    @Test
    void aVerbThatDescribesOnlyWithAsQuotesItsSubject() {
        assertThat(en("The foreign minister condemned the raid as \"a grave breach of the truce\" on Sunday."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("The foreign minister");
                    assertThat(c.quote()).isEqualTo("a grave breach of the truce");
                });
        assertThat(en("Aid agencies criticised the so-called \"safe zone\" on Monday.")).isEmpty();
        assertThat(en("The foreign minister condemned the raid and said talks would go on."))
                .extracting(QuoteClaim::quote).containsExactly("talks would go on");
    }

    @Test
    void theGovernorResolvesToTheGovernorNamedBefore() {
        assertThat(ar("ونقلت الوكالة الرسمية عن والي ولاية النيل الأبيض أحمد الطاهر قوله إن المياه انحسرت. "
                + "وقال الوالي إن الفيضان «الأسوأ منذ عقود»."))
                .extracting(c -> c.speaker().text()).containsOnly("والي ولاية النيل الأبيض أحمد الطاهر");
    }
}
