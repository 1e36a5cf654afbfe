package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * Kinds found on dev26, dev27 and blind8's adjudication (the sentences are made up for the test): an inverted tag with a
 * description of its speaker or a document after the verb ("…, said X, a community leader", "…, said a statement from
 * X"), a quotation right after a describing verb ("hailed “…”"), what is told that no one is told ("tells the story of"),
 * an announcement or a pointing verb built on a verbal noun (أعلن … فرض، أفادت … بمقتل، أشارت إلى …), "بحسب" as "depending
 * on", a circumstance set off by commas after a speaker's name, and a statement a body issued as the verb's subject.
 */
class InvertedTagsAndAnnouncedDecisionsTest {

    @Test
    void anInvertedTagWithADescriptionOfItsSpeakerKeepsTheClauseBefore() {
        assertThat(QuoteFinderTest.EN.find(
                "Floodwaters cut the only road into the valley, said Marta Quiroga, the district's emergency coordinator."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("Floodwaters cut the only road into the valley");
                    assertThat(c.speaker().text()).isEqualTo("Marta Quiroga");
                });
        assertThat(QuoteFinderTest.EN.find("The ferry service was suspended for the winter, said Piet Janssen, harbour master of Den Helder."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("Piet Janssen"));
        // the name after a description is the speaker, as after "said the mayor's spokesman, Omar Said"
        assertThat(QuoteFinderTest.EN.find("Hundreds of families had left the camp since Friday, said the camp's manager, Idris Mahamat."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("Hundreds of families had left the camp since Friday");
                    assertThat(c.speaker().text()).isEqualTo("Idris Mahamat");
                });
    }

    @Test
    void aDocumentAfterAnInvertedVerbSpeaksForItsIssuer() {
        assertThat(QuoteFinderTest.EN.find("The shipment was held at the port for a week, said a statement from the customs authority."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("The shipment was held at the port for a week");
                    assertThat(c.speaker().text()).isEqualTo("the customs authority");
                });
    }

    @Test
    void aQuotationRightAfterADescribingVerbIsItsSubjectsWords() {
        assertThat(QuoteFinderTest.EN.find("The mayor hailed “a turning point for the city” at the opening ceremony."))
                .singleElement().satisfies(c -> {
                    assertThat(c.direct()).isTrue();
                    assertThat(c.quote()).isEqualTo("a turning point for the city");
                    assertThat(c.speaker().text()).isEqualTo("The mayor");
                });
        assertThat(QuoteFinderTest.EN.find("The union welcomed “an overdue correction” to the pension rules.")).hasSize(1);
        // words between the verb and the marks: a scare quote, no one's words
        assertThat(QuoteFinderTest.EN.find("Rights groups criticised the so-called “voluntary returns” on Tuesday.")).isEmpty();
    }

    @Test
    void whatIsToldIsNoAddressee() {
        assertThat(QuoteFinderTest.EN.find("The novel tells the story of a fisherman in Tangier.")).isEmpty();
        assertThat(QuoteFinderTest.EN.find("Each spring the river level tells the tale of the winter snows.")).isEmpty();
        assertThat(QuoteFinderTest.EN.find("The pilot told reporters the engine had failed over the sea.")).hasSize(1);
    }

    @Test
    void anAnnouncedDecisionsVerbalNounIsAQuote() {
        assertThat(QuoteFinderTest.AR.find("وأعلنت وزارة النقل تعليق الرحلات الجوية إلى المطار حتى إشعار آخر."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("تعليق الرحلات الجوية إلى المطار حتى إشعار آخر");
                    assertThat(c.speaker().text()).isEqualTo("وزارة النقل");
                    assertThat(c.sourcing()).isFalse();
                });
        // the medium and its time between the verb and the noun, and a pronoun written on the noun
        assertThat(QuoteFinderTest.AR.find("وكانت نقابة المعلمين قد أعلنت في بيان الأحد رفضها تعديل نظام الحوافز."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("رفضها تعديل نظام الحوافز");
                    assertThat(c.speaker().text()).isEqualTo("نقابة المعلمين");
                });
        // no verbal noun of a decision: no quote
        assertThat(QuoteFinderTest.AR.find("وأعلنت البلدية حالة الطوارئ في الأحياء الشرقية.")).isEmpty();
    }

    @Test
    void aPointingVerbWithACountNounReportsTheCount() {
        assertThat(QuoteFinderTest.AR.find("وأفادت مصادر أمنية بمقتل ثلاثة عناصر من الشرطة في الهجوم."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("مقتل ثلاثة عناصر من الشرطة في الهجوم");
                    assertThat(c.speaker().text()).isEqualTo("مصادر أمنية");
                });
        // a part set off by commas after the count is no name in apposition to the source
        assertThat(QuoteFinderTest.AR.find("أفادت مصادر محلية في المحافظة بمقتل سبعة أشخاص، بينهم طفلان، في قصف على السوق."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("مصادر محلية في المحافظة"));
        assertThat(QuoteFinderTest.AR.find("وكانت مصادر طبية قد أفادت بإصابة خمسة مدنيين بجروح طفيفة."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("مصادر طبية"));
        // a noun of neither kind after the preposition: nothing reported
        assertThat(QuoteFinderTest.AR.find("وأشار الوزير إلى أهمية التعاون بين البلدين.")).isEmpty();
    }

    @Test
    void accordingToACriterionIsNoSource() {
        assertThat(QuoteFinderTest.AR.find("ويتفاوت سعر الكيلوغرام بحسب النوع والموسم.")).isEmpty();
        assertThat(QuoteFinderTest.AR.find("ارتفع سعر الخبز في الأسواق، بحسب وزارة التموين.")).hasSize(1);
    }

    @Test
    void aCircumstanceAfterTheSpeakersNameIsNoName() {
        assertThat(QuoteFinderTest.AR.find("وقال محافظ المدينة خالد يوسف، عقب الاجتماع، إن المدارس ستفتح الأحد."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).contains("خالد يوسف"));
        assertThat(QuoteFinderTest.AR.find("وقال معتمد محلية شندي، عمر الطيب، إن الطريق أعيد فتحه."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("عمر الطيب"));
    }

    @Test
    void aStatementIssuedByABodySpeaksForIt() {
        assertThat(QuoteFinderTest.AR.find("وذكر بيان صادر عن وزارة الخارجية أن الوفد سيصل إلى العاصمة غداً."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("الوفد سيصل إلى العاصمة غداً");
                    assertThat(c.speaker().text()).isEqualTo("وزارة الخارجية");
                });
    }

    @Test
    void anAbbreviatedTitleBeforeTheNameEndsNoSentence() {
        assertThat(QuoteFinderTest.AR.find("وأوضحت مديرة البرنامج في الأردن، د. رنا خليل، أن «نصف الأسر لا تملك دخلاً ثابتاً»."))
                .singleElement().satisfies(c -> {
                    assertThat(c.direct()).isTrue();
                    assertThat(c.quote()).isEqualTo("نصف الأسر لا تملك دخلاً ثابتاً");
                    assertThat(c.speaker().text()).isEqualTo("رنا خليل");
                });
    }

    @Test
    void aNameInMarksRightAfterTheVerbIsItsSpeakerAndNoQuotation() {
        assertThat(QuoteFinderTest.AR.find("وأعلنت «الهيئة» في بيان مساء الأحد أنها أوقفت العمل في المعبر."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("أوقفت العمل في المعبر");
                    assertThat(c.speaker().text()).isEqualTo("الهيئة");
                });
    }

    @Test
    void aNounPhraseAfterTheTagsVerbIsNoPartOfTheTag() {
        assertThat(QuoteFinderTest.EN.find(
                "Flash floods swept away a bridge near the market on Friday, officials said, the third such collapse this year."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("Flash floods swept away a bridge near the market on Friday");
                    assertThat(c.speaker().text()).isEqualTo("officials");
                });
    }
    @Test
    void whatIsAnnouncedAfterAnAnnouncingVerbsPrepositionIsAQuote() {
        // «أعلن … عن»: عن opens the announcement's object, a verbal noun and what follows
        assertThat(QuoteFinderTest.AR.find("وأعلنت وزارة الزراعة، في بيان، عن إطلاق برنامج لدعم صغار المزارعين في الجنوب."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("إطلاق برنامج لدعم صغار المزارعين في الجنوب");
                    assertThat(c.speaker().text()).isEqualTo("وزارة الزراعة");
                    assertThat(c.direct()).isFalse();
                });
        assertThat(QuoteFinderTest.AR.find("أعلن الطرفان عن انعقاد الجولة الثالثة من المفاوضات في الدوحة الشهر المقبل."))
                .extracting(QuoteClaim::quote).containsExactly("انعقاد الجولة الثالثة من المفاوضات في الدوحة الشهر المقبل");
        // a place after the body's name, set off before the day: the object after عن is still what was announced
        assertThat(QuoteFinderTest.AR.find("أعلنت السلطات المحلية بولاية الخرطوم، اليوم الاثنين، عن إغلاق ثلاثة جسور أمام حركة السير."))
                .extracting(QuoteClaim::quote).containsExactly("إغلاق ثلاثة جسور أمام حركة السير");
    }

    @Test
    void aFeelingAfterAnAnnouncingVerbsPrepositionIsNoStatement() {
        assertThat(QuoteFinderTest.AR.find("وأعلن رئيس النادي عن أسفه لما جرى في المباراة.")).isEmpty();
        assertThat(QuoteFinderTest.AR.find("وتحدث الوزير عن إطلاق برنامج جديد للإسكان.")).isEmpty();
    }
}
