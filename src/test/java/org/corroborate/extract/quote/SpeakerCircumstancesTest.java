package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A participle of the speaker's circumstance after a comma ({@code speaker_participles}: speaking, addressing; متحدثاً،
 * مخاطباً) opens a phrase about the speaker: what was said ends before it, in a trailing tag and in a reported clause.
 */
class SpeakerCircumstancesTest {

    @Test
    void aTrailingTagEndsBeforeTheSpeakersPhrase() {
        assertThat(QuoteFinderTest.EN.find(
                "Bread prices will be frozen until March, the trade minister said, speaking at a session of parliament on Tuesday."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("Bread prices will be frozen until March");
                    assertThat(c.speaker().text()).isEqualTo("the trade minister");
                    assertThat(c.direct()).isFalse();
                });
        assertThat(QuoteFinderTest.EN.find(
                "The port will reopen within a week, the governor told reporters, addressing a crowd outside the harbour office."))
                .singleElement().satisfies(c -> assertThat(c.quote()).isEqualTo("The port will reopen within a week"));
    }

    @Test
    void anInvertedTagEndsBeforeTheSpeakersPhrase() {
        assertThat(QuoteFinderTest.EN.find("The talks will resume in May, said the envoy, speaking in Geneva."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("The talks will resume in May");
                    assertThat(c.speaker().text()).isEqualTo("the envoy");
                });
    }

    @Test
    void aReportedArabicClauseEndsBeforeTheSpeakersPhrase() {
        assertThat(QuoteFinderTest.AR.find(
                "وقال وزير المالية إن الحكومة ستجمد أسعار الخبز حتى آذار، متحدثاً في جلسة لمجلس النواب يوم الثلاثاء."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("الحكومة ستجمد أسعار الخبز حتى آذار");
                    assertThat(c.speaker().text()).isEqualTo("وزير المالية");
                });
        assertThat(QuoteFinderTest.AR.find(
                "وأكدت الوزيرة أن المدارس ستفتح أبوابها الأحد المقبل، مخاطبةً أولياء الأمور في مؤتمر صحفي."))
                .singleElement().satisfies(c -> assertThat(c.quote()).isEqualTo("المدارس ستفتح أبوابها الأحد المقبل"));
    }

    @Test
    void aSpeechParticipleStillReportsItsOwnStatement() {
        assertThat(QuoteFinderTest.EN.find("Prices will rise, the minister said, adding that wages would follow."))
                .extracting(c -> c.quote()).contains("wages would follow");
    }
}
