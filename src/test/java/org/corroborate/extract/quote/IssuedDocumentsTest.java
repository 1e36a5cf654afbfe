package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * After بحسب/وفق (according to), a document named with the relative clause or participle of its issue is the issuing
 * body's statement: the body speaks, not the document ({@code document_nouns}, {@code issue_words},
 * {@code issuer_prepositions}); a document alone still names no speaker.
 */
class IssuedDocumentsTest {

    @Test
    void aDocumentTheBodyIssuedIsTheBodysInArabic() {
        assertThat(QuoteFinderTest.AR.find("وفق الجدول الذي أعلنته وزارة الصحة، تنطلق حملة التطعيم في المدارس مطلع الشهر المقبل."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("وزارة الصحة");
                    assertThat(c.quote()).isEqualTo("تنطلق حملة التطعيم في المدارس مطلع الشهر المقبل");
                    assertThat(c.direct()).isFalse();
                });
        assertThat(QuoteFinderTest.AR.find("وبحسب أرقام نشرها البنك المركزي أمس، تراجعت الاحتياطيات الأجنبية إلى أدنى مستوى لها."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("البنك المركزي"));
    }

    @Test
    void aBodyBetweenTheDocumentAndItsParticipleSpeaks() {
        assertThat(QuoteFinderTest.AR.find("وبحسب إحصاءات هيئة الموانئ الصادرة اليوم الاثنين، تضاعف عدد السفن الراسية خلال الصيف."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("هيئة الموانئ");
                    assertThat(c.quote()).isEqualTo("تضاعف عدد السفن الراسية خلال الصيف");
                });
    }

    @Test
    void aDocumentAloneNamesNoSpeaker() {
        assertThat(QuoteFinderTest.AR.find("انخفضت أسعار الحديد بنسبة طفيفة خلال الشهر الماضي، وفق بيانات غرفة التجارة.")).isEmpty();
    }

    @Test
    void aDocumentTheBodyIssuedIsTheBodysInEnglish() {
        assertThat(QuoteFinderTest.EN.find("According to the schedule the health ministry released, vaccinations start in schools next month."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("the health ministry");
                    assertThat(c.quote()).isEqualTo("vaccinations start in schools next month");
                });
        assertThat(QuoteFinderTest.EN.find("Ferry traffic doubled over the summer, according to a bulletin issued by the port authority."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("the port authority"));
    }

    @Test
    void aRuleWithoutItsIssuerIsNoSpeaker() {
        assertThat(QuoteFinderTest.EN.find("Ferry fares will rise in two steps, according to the plan signed in March.")).isEmpty();
    }
}
