package org.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> split(String text) {
        return Sentences.of(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsArabicSentencesAndLines() {
        assertThat(split("قتل جنديان في الهجوم. وأصيب ثلاثة آخرون؟ نعم\nسطر جديد"))
                .containsExactly("قتل جنديان في الهجوم.", "وأصيب ثلاثة آخرون؟", "نعم", "سطر جديد");
    }

    @Test
    void neverSplitsInsideAQuotation() {
        assertThat(split("وقال الوزير: «انتهت المرحلة الأولى. وستبدأ الثانية غدا». ثم غادر."))
                .containsExactly("وقال الوزير: «انتهت المرحلة الأولى. وستبدأ الثانية غدا».", "ثم غادر.");
        assertThat(split("He said \"It is over. We won.\" Then he left."))
                .containsExactly("He said \"It is over. We won.\" Then he left.");
    }

    @Test
    void keepsAbbreviationsAndInitialsInsideTheSentence() {
        assertThat(split("U.S. forces left on Dec. 13 with Gen. Smith. Then they returned."))
                .containsExactly("U.S. forces left on Dec. 13 with Gen. Smith.", "Then they returned.");
    }

    @Test
    void militaryAndPoliceRanksAreAbbreviationsToo() {
        assertThat(split("\"We hold the ridge,\" Brig. Tamer Haddad said. Adm. Lowe and Supt. Grey agreed."))
                .containsExactly("\"We hold the ridge,\" Brig. Tamer Haddad said.", "Adm. Lowe and Supt. Grey agreed.");
    }

    @Test
    void aTimeOfDayBeforeALowerCaseWordEndsNoSentence() {
        assertThat(split("Drones flew between 10 p.m. on Friday and 5 a.m. on Saturday. Two were shot down."))
                .containsExactly("Drones flew between 10 p.m. on Friday and 5 a.m. on Saturday.", "Two were shot down.");
        assertThat(split("The meeting ended at 4 p.m. Police then left."))
                .containsExactly("The meeting ended at 4 p.m.", "Police then left.");
    }

    @Test
    void decimalPointsDoNotEndSentences() {
        assertThat(split("Losses reached 1.2 million dollars. Nobody was hurt."))
                .containsExactly("Losses reached 1.2 million dollars.", "Nobody was hurt.");
    }
}
