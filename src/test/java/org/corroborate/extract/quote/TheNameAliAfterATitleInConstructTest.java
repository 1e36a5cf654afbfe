package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Normalised, the name علي is written as the preposition على (a {@code name_stops} word). After a title in construct
 * whose genitive is itself a speaker head («رئيس البلدية»، «قائد الشرطة»), with one to three bare name words after it
 * closed by an addressee, a colon, a comma or a complementizer, it is the name and the speaker runs on to it; the
 * preposition written loosely («علي هامش الاجتماع») has a noun and its genitive after it and still ends the speaker.
 */
class TheNameAliAfterATitleInConstructTest {

    @Test
    void theNameAfterTheMayorsTitleIsTheSpeakers() {
        assertThat(QuoteFinderTest.AR.find("وقال رئيس البلدية علي منصور للوكالة: «فرق الصيانة تعمل على إصلاح الشبكة منذ الفجر»."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("رئيس البلدية علي منصور");
                    assertThat(c.quote()).isEqualTo("فرق الصيانة تعمل على إصلاح الشبكة منذ الفجر");
                });
        assertThat(QuoteFinderTest.AR.find("وأوضح قائد الشرطة علي ناصر أن الدوريات انتشرت في الأحياء الشرقية."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("قائد الشرطة علي ناصر"));
    }

    @Test
    void thePrepositionWrittenLooselyOrNoNameLeavesTheTitle() {
        assertThat(QuoteFinderTest.AR.find("وقال رئيس البلدية علي هامش الاجتماع إن مشروع الصرف الصحي سينجز قبل الصيف."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("رئيس البلدية"));
        assertThat(QuoteFinderTest.AR.find("وقال رئيس البلدية للوكالة: «فرق الصيانة تعمل على إصلاح الشبكة منذ الفجر»."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("رئيس البلدية"));
    }
}
