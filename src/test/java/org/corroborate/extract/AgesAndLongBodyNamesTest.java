package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * Speakers written whole: an age stand-in ("the 34-year-old told reporters") keeps its figure, and an Arabic body's
 * name goes on over the words with ل that belong to it ({@code body_name_clitic_words}) but stops at an addressee.
 */
class AgesAndLongBodyNamesTest {
    private static List<QuoteClaim> quotes(String text, Language language) {
        return ExtractedClaims.quotes(text, language, "2026-03-12");
    }

    @Test
    void anAgeStandInKeepsItsFigure() {
        assertThat(quotes("The 27-year-old told reporters that she had waited six hours at the border.", Language.EN))
                .singleElement().satisfies(q -> assertThat(q.speaker().asWritten()).isEqualTo("The 27-year-old"));
        assertThat(quotes("A 19-year-old student said the guards had taken his phone.", Language.EN))
                .singleElement().satisfies(q -> assertThat(q.speaker().asWritten()).isEqualTo("A 19-year-old student"));
    }

    @Test
    void aBodysNameGoesOnOverItsWordsWithLam() {
        assertThat(quotes("وقالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن آلاف الأسر تحتاج إلى مأوى.", Language.AR))
                .singleElement().satisfies(q -> assertThat(q.speaker().text())
                        .isEqualTo("المفوضية السامية للأمم المتحدة لشؤون اللاجئين"));
        assertThat(quotes("وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن القوافل لم تصل بعد.", Language.AR))
                .singleElement().satisfies(q -> assertThat(q.speaker().text())
                        .isEqualTo("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"));
    }

    @Test
    void anAddresseeWithLamIsNoPartOfTheName() {
        assertThat(quotes("وقالت الوزارة لوكالة الأنباء الرسمية إن الطريق أعيد فتحه.", Language.AR))
                .singleElement().satisfies(q -> assertThat(q.speaker().text()).isEqualTo("الوزارة"));
    }

    @Test
    void aBodyNameWordAfterAOneWordSpeakerIsItsAddressee() {
        assertThat(quotes("وقالت المنظمة للسكان إن المياه ملوثة.", Language.AR))
                .singleElement().satisfies(q -> assertThat(q.speaker().text()).isEqualTo("المنظمة"));
        assertThat(quotes("وقال الوزير للإغاثة إن المساعدات ستصل غدا.", Language.AR))
                .singleElement().satisfies(q -> assertThat(q.speaker().text()).isEqualTo("الوزير"));
        assertThat(quotes("وقال المرصد السوري لحقوق الإنسان إن الاشتباكات استمرت.", Language.AR))
                .singleElement().satisfies(q -> assertThat(q.speaker().text()).isEqualTo("المرصد السوري لحقوق الإنسان"));
    }
}
