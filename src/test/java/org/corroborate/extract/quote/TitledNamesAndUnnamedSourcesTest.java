package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * Rule 26 of dev (the speaker is the noun phrase as written) for an Arabic title and a person's name the packs do not
 * know: a name after «المتحدث باسمه» is the spokesman's; and an aside that withholds the source's name («فضل عدم ذكر
 * اسمه») names no one, the title before it speaking. A name opening with a preposition's letter after a title:
 * {@link NamesWithAPrepositionLetterTest}.
 */
class TitledNamesAndUnnamedSourcesTest {

    /** The one quote of an Arabic text. */
    static QuoteClaim only(String text) {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find(text);
        assertThat(claims).hasSize(1);
        return claims.getFirst();
    }

    @Test
    void aNameAfterOnItsBehalfIsTheSpokesmans() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find(
                "وطعنت الجبهة الشعبية في نتائج الاقتراع، وقال المتحدث باسمها نبيل عساف إن «عمليات الفرز شابتها خروقات».");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.speaker().text()).isEqualTo("المتحدث باسمها نبيل عساف");
            assertThat(c.quote()).isEqualTo("عمليات الفرز شابتها خروقات");
        });
        assertThat(only("وقال المتحدث باسم الجبهة نبيل عساف إن الفرز شابته خروقات.").speaker().text())
                .isEqualTo("المتحدث باسم الجبهة نبيل عساف");
    }

    @Test
    void anAsideWithholdingTheNameLeavesTheTitleSpeaking() {
        QuoteClaim claim = only("وقال ضابط في الشرطة، فضل عدم ذكر اسمه، إن المهاجمين لاذوا بالفرار نحو الجبال.");
        assertThat(claim.speaker().text()).isEqualTo("ضابط في الشرطة");
        assertThat(claim.quote()).isEqualTo("المهاجمين لاذوا بالفرار نحو الجبال");
    }

    @Test
    void anOutletSetOffAfterSuchAnAsideStillLeavesTheClause() {
        QuoteClaim claim = only("وقال مصدر عسكري، طلب عدم الكشف عن هويته، لوكالة الأنباء الألمانية، إن القصف استهدف مخزناً للذخيرة.");
        assertThat(claim.speaker().text()).isEqualTo("مصدر عسكري");
        assertThat(claim.quote()).isEqualTo("القصف استهدف مخزناً للذخيرة");
    }

    @Test
    void aNameInApppositionStillSpeaks() {
        assertThat(only("وقال المدير الإقليمي للمنظمة، كريم الهاشمي، إن المساعدات وصلت.").speaker().text())
                .isEqualTo("كريم الهاشمي");
    }
}
