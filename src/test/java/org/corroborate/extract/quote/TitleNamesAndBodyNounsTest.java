package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * A governor's or a mayor's title with no article and no other head, its last word a place's name, then the person's
 * name between commas (the name speaks); and a council's or a federation's definite noun referring back to the body
 * named before with it (blind17's Q2 and Q3; the sentences are made up for the test).
 */
class TitleNamesAndBodyNounsTest {

    @Test
    void theNameAfterAGovernorsOrAMayorsTitleSpeaks() {
        assertThat(QuoteFinderTest.AR.find("وقال حاكم ولاية تكساس، غريغ أندرسون، لشبكة محلية: «الإعصار أقوى مما توقعنا»."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("غريغ أندرسون");
                    assertThat(c.quote()).isEqualTo("الإعصار أقوى مما توقعنا");
                });
        assertThat(QuoteFinderTest.AR.find("وقالت عمدة مدينة ليون، صوفي مارتان، إن خطوط الترام ستعود إلى العمل مساء اليوم."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("صوفي مارتان"));
        assertThat(QuoteFinderTest.AR.find("وقال سفير اليابان، كينجي تاناكا، في مؤتمر صحفي: «سنرسل فرق إغاثة إضافية»."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("كينجي تاناكا"));
        // with the article or a known head the name was already read; it still is
        assertThat(QuoteFinderTest.AR.find("وقال محافظ نينوى، أحمد الجبوري، إن الجسر سيفتح الأسبوع المقبل."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("أحمد الجبوري"));
        // no name between commas: the title speaks
        assertThat(QuoteFinderTest.AR.find("وقال حاكم ولاية تكساس للصحفيين إن الإعصار ضرب الساحل ليلاً."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("حاكم ولاية تكساس"));
    }

    @Test
    void aCouncilsOrAFederationsNounIsTheBodyNamedBefore() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("علقت المحاكم جلساتها يومين، بحسب ما أعلن المجلس الأعلى للقضاء. "
                + "وقال المجلس في بيان إن القرار سيراجع خلال يومين.");
        assertThat(claims).extracting(c -> c.speaker().text()).containsExactly("المجلس الأعلى للقضاء", "المجلس الأعلى للقضاء");
        assertThat(claims.get(1).speaker().asWritten()).isEqualTo("المجلس");
        // the federation's name is read up to its field written with ل (لكرة is no body_name_clitic_words word: it would
        // lengthen the subject of "أعلنت الرابطة المحترفة لكرة القدم فتح تحقيق" into an announcement, dev23-ar-025)
        assertThat(QuoteFinderTest.AR.find("قرر الاتحاد العربي لكرة القدم تأجيل البطولة. وقال الاتحاد في بيان إن الموعد الجديد سيعلن لاحقاً."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).startsWith("الاتحاد العربي"));
        assertThat(QuoteFinderTest.AR.find("ناقش مجلس النواب مشروع الموازنة. وقال المجلس إن التصويت سيجري الخميس."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("مجلس النواب"));
        // a council's whole name with its field after the clitic ل
        assertThat(QuoteFinderTest.AR.find("وقال المجلس الأعلى للقضاء إن الجلسات ستعقد علناً."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("المجلس الأعلى للقضاء"));
        // «السفير» with the article is a title before the name, read whole after the comma
        assertThat(QuoteFinderTest.AR.find("وقال مندوب مصر الدائم لدى المنظمة، السفير هشام بدر، إن «المفاوضات لم تنته بعد»."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("السفير هشام بدر"));
        // no council named before: the noun as written
        assertThat(QuoteFinderTest.AR.find("وقال المجلس إن الجلسة أرجئت إلى الأسبوع المقبل."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("المجلس"));
        // a person's title stays the person who spoke
        assertThat(QuoteFinderTest.AR.find("وقال وزير الداخلية، كمال بلعيد، إن الحدود مغلقة. وقال الوزير إن الإغلاق مؤقت."))
                .extracting(c -> c.speaker().text()).containsOnly("كمال بلعيد");
    }
}
