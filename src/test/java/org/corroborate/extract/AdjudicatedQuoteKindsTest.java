package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * The kinds of quote error an adjudication of a held-out set found (its sentences unknown; these are written for the
 * kinds): a pronoun speaker left unresolved after a named subject, a passive "was told" read as speech, "a charge it
 * denied" read as speech, an organisation's name in marks taken as a direct quote, a statement that adds a fact beside
 * its count marked as the count's sourcing (rule 4 of dev), and speakers in apposition or behind an addressee.
 */
class AdjudicatedQuoteKindsTest {
    private static List<QuoteClaim> quotes(String text, Language language) {
        return ExtractedClaims.quotes(text, language, "2026-03-04");
    }

    private static List<String> speakers(String text, Language language) {
        return ExtractedClaims.speakers(text, language, "2026-03-04");
    }

    @Test
    void aPronounStandsForTheNamedSubjectOfAnEarlierSentence() {
        assertThat(speakers("Interior Minister Karim Haddad visited the flooded district on Tuesday. He said that 300 homes"
                + " had been destroyed.", Language.EN)).containsExactly("Interior Minister Karim Haddad");
        assertThat(speakers("Maria Lopez, the police chief, met families of the victims. \"We will find those responsible,\""
                + " she said.", Language.EN)).containsExactly("Maria Lopez");
        assertThat(speakers("The army launched a new offensive on Monday. It said its troops had reached the river.",
                Language.EN)).containsExactly("The army");
    }

    @Test
    void aFeminineTitleOpeningTheSentenceIsTheSubjectOfAFeminineVerbAfterIt() {
        assertThat(speakers("زارت وزيرة الصحة سلمى يوسف المستشفى الثلاثاء. وقالت إن المستشفيات تعمل بكامل طاقتها.",
                Language.AR)).containsExactly("وزيرة الصحة");
    }

    @Test
    void whoWasToldDidNotSpeak() {
        assertThat(quotes("\"You have 48 hours,\" the reporter was told.", Language.EN)).isEmpty();
        assertThat(quotes("The reporter was told: \"You have 48 hours to leave.\"", Language.EN)).isEmpty();
    }

    @Test
    void aDeniedChargeIsNoStatement() {
        assertThat(quotes("The army was accused of shelling the village, a charge it denied.", Language.EN)).isEmpty();
        assertThat(quotes("She has been charged with fraud, which she denied.", Language.EN)).isEmpty();
        assertThat(quotes("The rebels were blamed for the attack, a claim they denied.", Language.EN)).isEmpty();
    }

    @Test
    void anOrganisationsNameInMarksIsPartOfTheSentence() {
        List<QuoteClaim> found = quotes("The group “Doctors for Peace” said its clinic in the city had been looted.", Language.EN);
        assertThat(found).extracting(QuoteClaim::quote).containsExactly("its clinic in the city had been looted");
        assertThat(found.get(0).direct()).isFalse();
        assertThat(speakers("وقال متحدث باسم «أطباء من أجل السلام» إن العيادة نُهبت.", Language.AR))
                .containsExactly("متحدث باسم «أطباء من أجل السلام»");
    }

    @Test
    void aStatementWithAFactBesideItsCountIsAQuote() {
        for (String text : List.of("Police said 5 people were killed and 20 others escaped through a back door.",
                "The police said 2 men were arrested after they beat a shopkeeper.")) {
            assertThat(quotes(text, Language.EN)).as(text).singleElement().extracting(QuoteClaim::sourcing).isEqualTo(false);
        }
        assertThat(quotes("The ministry said 12 people were killed.", Language.EN))
                .singleElement().extracting(QuoteClaim::sourcing).isEqualTo(true);
    }

    @Test
    void aClauseBeforeAndThatIsSaidToo() {
        assertThat(quotes("The United Nations said at least 3,000 people had been left homeless and that aid convoys had"
                + " been delayed.", Language.EN)).extracting(QuoteClaim::quote)
                .containsExactly("at least 3,000 people had been left homeless and that aid convoys had been delayed");
    }

    @Test
    void arabicSpeakersBehindAnAsideAnAddresseeOrAStatement() {
        assertThat(speakers("وقال أحد الناجين، وهو شاب سوداني، إن القارب \"انقلب بعد أقل من ساعة على انطلاقه\".",
                Language.AR)).containsExactly("أحد الناجين");
        assertThat(speakers("غير أن مصدراً دبلوماسياً خليجياً قال لـ«الشرق الأوسط» إن دولتين على الأقل ستكتفيان بإيفاد"
                + " وزيري خارجيتهما.", Language.AR)).containsExactly("مصدراً دبلوماسياً خليجياً");
        assertThat(speakers("وأكد قائد الشرطة أن فرق الإنقاذ وصلت إلى القرى المنكوبة. وكان قائد الشرطة قد قال للصحفيين إن"
                + " الطرق ستفتح خلال يومين.", Language.AR)).containsExactly("قائد الشرطة", "قائد الشرطة");
        assertThat(speakers("وكان مدير المستشفى قد قال لوكالة الأنباء الرسمية إن عشرين جريحاً نقلوا إلى العاصمة.", Language.AR))
                .containsExactly("مدير المستشفى");
        // a name that begins with the letter ل is the speaker, not whom the words were said to (لومير، ليلى، لطيفة)
        assertThat(speakers("أعلن المتحدث باسم البعثة الأممية توقيف سبعة من موظفيها. وقال لومير إن «الاحتجاز تعسفي ويجب أن"
                + " ينتهي».", Language.AR)).contains("لومير");
        assertThat(speakers("وقالت ليلى حداد، مديرة المستشفى، إن الأطباء يعملون دون توقف منذ يومين.", Language.AR))
                .containsExactly("ليلى حداد");
        assertThat(speakers("وتبنّت حركة الشباب الهجوم في بيان نشرته على مواقع موالية لها، قالت فيه إن \"الهدف كان تجمعاً"
                + " لمسؤولين حكوميين\".", Language.AR)).containsExactly("حركة الشباب");
        assertThat(speakers("اعتبر الأمين العام لجامعة الدول العربية مروان الحسيني أن القمة تمثّل «فرصة أخيرة».",
                Language.AR)).containsExactly("الأمين العام لجامعة الدول العربية مروان الحسيني");
    }

    @Test
    void aHeadlineSpeakerBeforeAColon() {
        List<QuoteClaim> arabic = quotes("وزير الخارجية الأردني: لا حل عسكرياً في السودان. وصل الوزير إلى عمّان.", Language.AR);
        assertThat(arabic).extracting(QuoteClaim::quote).containsExactly("لا حل عسكرياً في السودان");
        assertThat(arabic.get(0).direct()).isFalse();
        assertThat(speakers("EU migration chief: Libyan detention centres 'unfit for humans'. The commissioner spoke.",
                Language.EN)).containsExactly("EU migration chief");
        assertThat(quotes("بغداد: انفجار سيارة مفخخة في سوق شعبي.", Language.AR)).isEmpty();
    }

    @Test
    void anAccordingToTagOnASentenceWithNoCount() {
        assertThat(speakers("وبحسب بيان أصدرته السلطات المحلية، فإن الطريق سيبقى مغلقاً حتى نهاية الشهر.", Language.AR))
                .containsExactly("السلطات المحلية");
        assertThat(speakers("The convoy reached the town on Sunday, according to local media.", Language.EN))
                .containsExactly("local media");
    }

    @Test
    void onTheUnderstandingThatIsNoComplementOfTheVerb() {
        assertThat(quotes("وأعلنت الرابطة المحترفة لكرة القدم فتح تحقيق في الأحداث، على أن تُعلن العقوبات بحق الناديين بعد"
                + " الاستماع إلى مسؤوليهما.", Language.AR)).isEmpty();
        assertThat(quotes("شدد رئيس الحكومة في كلمة ألقاها أمام السلك الدبلوماسي على أن قرار الحرب والسلم يجب أن يكون"
                + " بيد الدولة وحدها.", Language.AR)).hasSize(1);
    }
}
