package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * The Arabic pluperfect arrest of a name ("وكانت الحمروني قد أُوقفت في …", pack: pluperfects) holds the name only when
 * the arrest word takes no object: a time right after the verb ("أمس", "يوم الأحد") is passed over before that is
 * decided, as the aside between commas is, and a body that holds others is no name of one held (own sentences).
 */
class PluperfectArrestObjectTest {

    private static List<String> arrests(String text) {
        return DateClaimsTest.EXTRACTOR.extract(text, Language.AR, LocalDate.parse("2026-11-20")).stream()
                .filter(CountClaim.class::isInstance).map(CountClaim.class::cast)
                .map(c -> c.action().wire() + " " + c.count().value()).toList();
    }

    @Test
    void aTimeBeforeTheObjectLeavesTheSubjectTheOneWhoArrests() {
        // the police arrested some young men yesterday: the police are not one person held
        assertThat(arrests("وكانت الشرطة قد اعتقلت أمس عددا من الشبان.")).isEmpty();
        assertThat(arrests("وكانت السلطات قد أوقفت يوم الأحد ناشطين في العاصمة.")).doesNotContain("arrested 1");
    }

    @Test
    void aTimeWithNoObjectAfterItStillDatesTheOneHeld() {
        assertThat(arrests("وكانت سلمى قد اعتقلت يوم الأحد.")).containsExactly("arrested 1");
        assertThat(arrests("وكان ولد عبد الودود قد أوقف في كانون الثاني/يناير 2023، وصدر الحكم بحقه."))
                .containsExactly("arrested 1");
    }

    @Test
    void aBodyThatHoldsOthersIsNoOneHeld() {
        // the object after a circumstance: security forces and police are who arrested (arresting_bodies)
        assertThat(arrests("وكانت قوات الأمن قد اعتقلت في وقت سابق الناشط سامي العلي.")).containsExactly("arrested 1");
        assertThat(DateClaimsTest.EXTRACTOR.extract("وكانت الشرطة قد اعتقلت في الشهر الماضي شقيقه.", Language.AR,
                LocalDate.parse("2026-11-20")).stream().filter(CountClaim.class::isInstance).map(CountClaim.class::cast)
                .map(c -> String.valueOf(c.subject().text()))).doesNotContain("الشرطة");
    }
}
