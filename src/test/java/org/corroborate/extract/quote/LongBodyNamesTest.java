package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * A general body's name with its field written with ل and the article («المديرية العامة للدفاع المدني»,
 * {@code general_body_heads}) is the speaker whole when the announcement frame follows it, a comma and a day or a
 * complementizer; elsewhere, and before an addressee («للصحفيين»), the word ends the name as before (sentences made up
 * for the test).
 */
class LongBodyNamesTest {

    @Test
    void theFieldOfAGeneralBodyBeforeTheAnnouncedDayIsPartOfTheSpeaker() {
        assertThat(QuoteFinderTest.AR.find(
                "أعلنت المديرية العامة للدفاع المدني، اليوم السبت، وفاة ثلاثة أشخاص في حادث سير على الطريق الدولي."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("المديرية العامة للدفاع المدني");
                    assertThat(c.quote()).startsWith("وفاة ثلاثة أشخاص");
                });
        assertThat(QuoteFinderTest.AR.find(
                "وأعلنت المديرية العامة للحماية المدنية، أمس الأحد، انتشال جثتي شابين غرقا في أحد السدود."))
                .extracting(c -> c.speaker().text()).containsExactly("المديرية العامة للحماية المدنية");
    }

    @Test
    void theFieldOfAGeneralBodyBeforeTheComplementizerIsPartOfTheSpeaker() {
        assertThat(QuoteFinderTest.AR.find("أعلنت المديرية العامة للدفاع المدني أن فرقها أخمدت حريقاً في مستودع للأخشاب."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("المديرية العامة للدفاع المدني");
                    assertThat(c.quote()).isEqualTo("فرقها أخمدت حريقاً في مستودع للأخشاب");
                });
        assertThat(QuoteFinderTest.AR.find("وأفادت الهيئة العامة للموانئ بأن حركة السفن عادت إلى طبيعتها."))
                .extracting(c -> c.speaker().text()).containsExactly("الهيئة العامة للموانئ");
    }

    @Test
    void anAddresseeAfterAGeneralBodyIsNoPartOfItsName() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("وقالت المديرية العامة للصحفيين إن الطريق سيفتح صباح الغد.");
        assertThat(claims).extracting(c -> c.speaker().text()).containsExactly("المديرية العامة");
        // a sound plural of people after ل is whom it was said to, not the body's field
        assertThat(QuoteFinderTest.AR.find("وقالت الهيئة العامة للمسافرين إن الرحلات ستستأنف غداً."))
                .extracting(c -> c.speaker().text()).containsExactly("الهيئة العامة");
        // a body whose head is no general one keeps its name as before: the field word ends it
        assertThat(QuoteFinderTest.AR.find("وقال المكتب الإعلامي للبلدية إن المياه ستعود مساء اليوم."))
                .extracting(c -> c.speaker().text()).doesNotContain("المكتب الإعلامي للبلدية");
    }
}
