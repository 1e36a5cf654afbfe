package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Arabic: the subject of a call verb (دعا، طالب) with words in quotation marks after its object keeps the person's name
 * after the title, as a speech verb's does: set off by commas the name speaks, and with no comma a title in construct,
 * bare name words and one of the {@code call_objects} right after them make the title and name the caller. Bare words
 * with no call object after them may be the call's object, and the title stays alone.
 */
class CallersWithTitledNamesTest {

    @Test
    void theNameAfterTheCallersTitleIsKept() {
        assertThat(QuoteFinderTest.AR.find("ودعا رئيس نقابة المعلمين سامر الخطيب الحكومة إلى «صرف الرواتب المتأخرة دون إبطاء»."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("رئيس نقابة المعلمين سامر الخطيب");
                    assertThat(c.quote()).isEqualTo("صرف الرواتب المتأخرة دون إبطاء");
                });
        assertThat(QuoteFinderTest.AR.find("وطالب محافظ المدينة كمال يوسف السكان بـ«الابتعاد عن مجاري السيول»."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("محافظ المدينة كمال يوسف"));
        assertThat(QuoteFinderTest.AR.find("ودعت وزيرة الصحة، ليلى حداد، الأهالي إلى «تطعيم أطفالهم قبل بدء العام الدراسي»."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("ليلى حداد"));
    }

    @Test
    void bareWordsWithNoCallObjectAfterThemAreNoName() {
        assertThat(QuoteFinderTest.AR.find("ودعا رئيس الوزراء حكومات المنطقة إلى «تنسيق الجهود لمواجهة الجفاف»."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("رئيس الوزراء"));
        assertThat(QuoteFinderTest.AR.find("ودعا وزير الداخلية المواطنين إلى «الإبلاغ عن أي تحركات مريبة»."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("وزير الداخلية"));
    }
}
