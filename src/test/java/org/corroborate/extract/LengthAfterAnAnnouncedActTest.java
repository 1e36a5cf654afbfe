package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A stretch told by its length and the day it starts, right after the act a statement announces (sentences of our own
 * published on Tuesday 12 May 2026): «أعلنت النقابة إضرابا لمدة ثلاثة أيام بداية من اليوم» is the strike's three days from
 * today, not a statement's own day read forwards (mark {@code length_first}); so too the length without «لمدة», a start
 * «من الغد», a start today or tomorrow with its length after it, and the English "a three-day strike starting today".
 */
class LengthAfterAnAnnouncedActTest {
    private static final String TUE = "2026-05-12";

    @Test
    void aLengthRightAfterTheAnnouncedActOpensOnItsDay() {
        assertThat(dateClaims("وأعلنت نقابة عمال النقل إضرابا لمدة ثلاثة أيام بداية من اليوم.", Language.AR, TUE))
                .containsExactly("2026-05-12..2026-05-14");
        assertThat(dateClaims("أعلنت الحكومة حدادا رسميا لمدة ثلاثة أيام ابتداء من يوم غد الأربعاء.", Language.AR, TUE))
                .containsExactly("2026-05-13..2026-05-15");
        // the statement's own day, the day alone, is still read as before
        assertThat(dateClaims("أعلنت وزارة الصحة، اليوم، تسجيل إصابات جديدة بالحصبة في محافظتين.", Language.AR, TUE))
                .doesNotContain("2026-05-12..2026-05-14");
    }

    @Test
    void theLengthWithoutLimmatiBeforeItsStart() {
        assertThat(dateClaims("وأعلن مجلس الوزراء الحداد العام ثلاثة أيام اعتبارا من اليوم على أرواح الضحايا.", Language.AR, TUE))
                .containsExactly("2026-05-12..2026-05-14");
        // a length counted from another time is no stretch from that day
        assertThat(dateClaims("وقال الوزير إن المدارس ستفتح بعد ثلاثة أيام اعتبارا من اليوم.", Language.AR, TUE))
                .doesNotContain("2026-05-12..2026-05-14");
    }

    @Test
    void tomorrowWithTheArticleOpensTheStretch() {
        assertThat(dateClaims("وقررت السلطات فرض حظر التجول في المدينة ابتداء من الغد ولمدة يومين.", Language.AR, TUE))
                .containsExactly("2026-05-13..2026-05-14");
    }

    @Test
    void aStartTodayWithItsLengthAfterIt() {
        assertThat(dateClaims("ويبدأ إضراب الأطباء اليوم ويستمر ثلاثة أيام في المستشفيات الحكومية.", Language.AR, TUE))
                .containsExactly("2026-05-12..2026-05-14");
        // no length after it: the day alone
        assertThat(dateClaims("ويبدأ إضراب الأطباء اليوم وتستمر المفاوضات مع الوزارة.", Language.AR, TUE))
                .containsExactly("2026-05-12..2026-05-12");
    }

    @Test
    void englishLengthsFromTodayOrTomorrow() {
        assertThat(dateClaims("The dockworkers' union announced a three-day strike starting today.", Language.EN, TUE))
                .containsExactly("2026-05-12..2026-05-14");
        assertThat(dateClaims("The president declared three days of national mourning starting tomorrow.", Language.EN, TUE))
                .containsExactly("2026-05-13..2026-05-15");
        assertThat(dateClaims("A curfew will be imposed on the city for a week starting tomorrow.", Language.EN, TUE))
                .containsExactly("2026-05-13..2026-05-19");
        assertThat(dateClaims("The book fair opens tomorrow and runs for four days.", Language.EN, TUE))
                .containsExactly("2026-05-13..2026-05-16");
        // no length: the day alone
        assertThat(dateClaims("The union announced a strike starting today.", Language.EN, TUE))
                .doesNotContain("2026-05-12..2026-05-14");
    }
}
