package org.corroborate.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.DateMention;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Where a since clause with an event of its own begins before its date ({@link DateRecognizer#sinceClauseStart}): a raw
 * offset of the text, right after the since word, though marks and tatweel the reading drops stand before it or after it.
 */
class SinceClauseStartTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 12, 19);
    private static final DateRecognizer ARABIC = DateRecognizer.shipped(Language.AR, DatePolicy.NEWS);
    private static final DateRecognizer ENGLISH = DateRecognizer.shipped(Language.EN, DatePolicy.NEWS);

    /** Where the since clause before the last date of {@code text} (a year) begins, read from {@code from}. */
    private static int clauseStart(DateRecognizer recognizer, String text, int from) {
        List<DateMention> found = recognizer.find(text, PUBLISHED);
        assertThat(found).isNotEmpty();
        DateMention d = found.get(found.size() - 1);
        assertThat(d.text()).containsPattern("20\\d\\d");
        return recognizer.sinceClauseStart(text, from, d);
    }

    @Test
    void startsRightAfterTheSinceWordOfAClauseWithAnEventOfItsOwn() {
        String text = "Rents in the capital have risen by a third since the council scrapped its housing cap in 2023.";
        assertThat(clauseStart(ENGLISH, text, 0)).isEqualTo(text.indexOf("since") + "since".length());
        assertThat(clauseStart(ENGLISH, text, text.indexOf("the council"))).isEqualTo(-1); // the word before the window
    }

    @Test
    void findsNoClauseWhenTheDateFollowsTheWordOrTooFewWordsStandBetween() {
        String bare = "Rents in the capital have risen by a third since 2023.";
        assertThat(clauseStart(ENGLISH, bare, 0)).isEqualTo(-1);
        String span = "Rents have risen by a third since lockdown in 2020."; // two words: a span, no clause of its own
        assertThat(clauseStart(ENGLISH, span, 0)).isEqualTo(-1);
    }

    /** Harakat and tatweel before the since word and after it move the raw offset away from the normalised one. */
    @Test
    void mapsTheClauseStartBackPastHarakatAndTatweel() {
        String text = "ارتفعتْ أسعارُ الوقودِ بنسبةِ الثلثِ منذُ أنْ ألغـــت الحكومةُ الدعمَ عنه في عام 2023.";
        int start = clauseStart(ARABIC, text, 0);
        assertThat(text.substring(0, start)).endsWith("منذ");
        assertThat(text.substring(start)).startsWith("ُ أنْ ألغـــت"); // the word's damma is left to the clause
        assertThat(clauseStart(ARABIC, text, text.indexOf("أسعارُ"))).isEqualTo(start);
    }

    @Test
    void findsNoArabicClauseWhenTheDateFollowsTheSinceWord() {
        String text = "ارتفعتْ أسعارُ الوقودِ بنسبةِ الثلثِ منذُ عام 2023.";
        assertThat(clauseStart(ARABIC, text, 0)).isEqualTo(-1);
    }
}
