package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * «المشتبه بهم» is the suspects: the participle stays singular and its plural pronoun makes the plural, a subject of two
 * words. Its singular first word is no one suspect of its own then: «أوقفت الشرطة المشتبه بهم الثلاثة» is one arrest of
 * three, not of one and of three; without a number the suspects are not counted; «المشتبه به» stays one.
 */
class SuspectsCountedByTheirNumberTest {
    private static List<String> counts(String text) {
        return ExtractedClaims.claims(text, Language.AR, "2026-05-12").stream().filter(CountClaim.class::isInstance)
                .map(CountClaim.class::cast).map(c -> c.action().wire() + " " + c.count().value()).toList();
    }

    @Test
    void theSuspectsWithTheirNumberAreOneArrest() {
        assertThat(counts("وأوقفت قوات الأمن المشتبه بهم الثلاثة فجر الأحد في حي شعبي جنوب المدينة."))
                .containsExactly("arrested 3");
        assertThat(counts("واعتقلت الشرطة المشتبه بهم الأربعة بعد مداهمة شقة كانوا يختبئون فيها."))
                .containsExactly("arrested 4");
    }

    @Test
    void theSuspectsWithoutANumberAreNotCounted() {
        assertThat(counts("وأوقفت الشرطة المشتبه بهم بعد ساعات من الهجوم على المصرف.")).isEmpty();
        assertThat(counts("وقال المتحدث إن المشتبه بهم الثلاثة ينتمون إلى شبكة لتهريب المخدرات.")).isEmpty();
    }

    @Test
    void theOneSuspectStaysOne() {
        assertThat(counts("واعتقلت الشرطة المشتبه به في الهجوم مساء الاثنين.")).containsExactly("arrested 1");
    }
}
