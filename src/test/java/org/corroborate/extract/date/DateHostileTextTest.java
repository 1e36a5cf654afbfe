package org.corroborate.extract.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.DateMention;
import org.corroborate.api.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 4: no date pattern may backtrack catastrophically. Each hostile text runs under a
 * preemptive timeout generous enough for a slow, loaded 2-core CI machine (10 MB of news text takes a few seconds
 * alone, and went past 30 s once while two JVMs benchmarked beside it) but far below what a super-linear pattern
 * would need on these sizes (hours).
 */
class DateHostileTextTest {
    private static final LocalDate REFERENCE = LocalDate.of(2025, 12, 19);
    private static final Duration BOUND = Duration.ofSeconds(120);
    private static final char RIGHT_TO_LEFT_MARK = '\u200F';
    private static final char LEFT_TO_RIGHT_EMBEDDING = '\u202A';
    private static final char POP_DIRECTIONAL_FORMATTING = '\u202C';
    private static final char RIGHT_TO_LEFT_ISOLATE = '\u2067';
    private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

    private static List<DateMention> findWithin(Language language, String text) {
        DateRecognizer recognizer = DateRecognizer.shipped(language, DatePolicy.NEWS);
        return assertTimeoutPreemptively(BOUND, () -> recognizer.find(text, REFERENCE));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void tenMegabytesOfNewsTextFinishInBoundedTime(Language language) {
        String paragraph = language == Language.AR
                ? "قالت الوزارة يوم الأحد إنها اعتقلت خمسة أشخاص بين 24 و27 نوفمبر/تشرين الثاني في عام 2014. "
                        + "وأضافت أن التحقيقات مستمرة وأن قوات الأمن عززت انتشارها في المدينة ومحيطها. "
                        + "ولم تعلن أي جهة مسؤوليتها عن الهجوم الذي أثار مخاوف السكان من عودة العنف. "
                : "The ministry said on Sunday it arrested five people between Nov. 24 and 27 in 2014. "
                        + "It added that investigations were continuing and that security forces had reinforced the city. "
                        + "No group has claimed responsibility for the attack, which revived fears of renewed violence. ";
        int copies = 10_000_000 / paragraph.length();
        List<DateMention> found = findWithin(language, paragraph.repeat(copies));
        assertThat(found).hasSize(3 * copies);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aMegabyteLineWithoutSpacesFinishesInBoundedTime(Language language) {
        String text = "بين24و27نوفمبرعام2014Dec.13between".repeat(1_000_000 / 34);
        assertThat(findWithin(language, text)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void tenThousandDigitsInARowAreNotADate(Language language) {
        String digits = "2014".repeat(2_500);
        assertThat(findWithin(language, "في عام " + digits + " in " + digits + " ١٣/١٢/" + digits)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void separatorsAndDatesRepeatedWithoutEndFinishInBoundedTime(Language language) {
        String text = ("13 - 14 - 15 / 12 / 2025 - " + "من 2014 إلى ".repeat(3) + "between 24 and ").repeat(40_000);
        findWithin(language, text);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void mixedDirectionalControlsDoNotHideOrBreakDates(Language language) {
        String date = language == Language.AR ? "13 ديسمبر 2025" : "December 13, 2025";
        String wrapped = RIGHT_TO_LEFT_MARK + "" + LEFT_TO_RIGHT_EMBEDDING + date + POP_DIRECTIONAL_FORMATTING
                + RIGHT_TO_LEFT_ISOLATE + POP_DIRECTIONAL_ISOLATE + " ";
        String text = wrapped.repeat(20_000);
        List<DateMention> found = findWithin(language, text);
        assertThat(found).hasSize(20_000);
        assertThat(found.get(0).text()).isEqualTo(date);
        assertThat(found.get(0).start()).isEqualTo(LocalDate.of(2025, 12, 13));
    }
}
