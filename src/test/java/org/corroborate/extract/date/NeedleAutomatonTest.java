package org.corroborate.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class NeedleAutomatonTest {
    /** Every occurrence, as "needle@start", found the slow way: each needle sought at every place. */
    private static List<String> naive(String[] needles, String text) {
        List<String> out = new ArrayList<>();
        for (int end = 1; end <= text.length(); end++) {
            for (int id = 0; id < needles.length; id++) {
                int start = end - needles[id].length();
                if (!needles[id].isEmpty() && start >= 0 && text.startsWith(needles[id], start)) {
                    out.add(id + "@" + start);
                }
            }
        }
        return out;
    }

    private static List<String> scanned(String[] needles, String text) {
        List<String> out = new ArrayList<>();
        new NeedleAutomaton(needles).scan(text, (id, at) -> out.add(id + "@" + at));
        return out;
    }

    @Test
    void findsOverlappingNeedlesAndNeedlesInsideOthers() {
        String[] needles = {"he", "she", "his", "hers", "yesterday", "day", "a"};
        assertThat(scanned(needles, "ushers said yesterday"))
                .containsExactly("0@2", "1@1", "3@2", "6@8", "6@19", "4@12", "5@18");
    }

    @Test
    void arabicNeedlesAndCharsInNoNeedle() {
        String[] needles = {"الماضي", "أمس", "ماض", "-", "/"};
        assertThat(scanned(needles, "قتل أمس الاثنين، 3/4 - في الأسبوع الماضي"))
                .isEqualTo(naive(needles, "قتل أمس الاثنين، 3/4 - في الأسبوع الماضي"));
        assertThat(scanned(needles, "")).isEmpty();
        assertThat(scanned(new String[] {""}, "abc")).isEmpty();
    }

    /** Random needles over a small alphabet, so that they overlap and nest a great deal. */
    @Test
    void agreesWithSeekingEachNeedleEverywhere() {
        Random random = new Random(20261129);
        String alphabet = "abcأبت -";
        for (int round = 0; round < 300; round++) {
            String[] needles = new String[1 + random.nextInt(12)];
            for (int id = 0; id < needles.length; id++) {
                needles[id] = word(random, alphabet, random.nextInt(5));
            }
            String text = word(random, alphabet + "xyz", random.nextInt(60));
            assertThat(scanned(needles, text)).as(String.join("|", needles) + " in " + text)
                    .isEqualTo(naive(needles, text));
        }
    }

    private static String word(Random random, String alphabet, int length) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < length; k++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    @Test
    void anyWithinAnswersWhetherANeedleLiesWhollyInTheStretch() {
        String[] needles = {"since", "when", "every"};
        Random random = new Random(11);
        String alphabet = "sinceWHENvry ";
        NeedleAutomaton automaton = new NeedleAutomaton(needles, true);
        NeedleAutomaton exact = new NeedleAutomaton(needles);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            int from = random.nextInt(t.length() + 1);
            int to = from + random.nextInt(t.length() - from + 1);
            String folded = Needles.foldAscii(t).substring(from, to);
            boolean expected = naive(needles, folded).size() > 0;
            assertThat(automaton.anyWithin(t, from, to)).as("%s [%d, %d)", t, from, to).isEqualTo(expected);
            assertThat(exact.anyWithin(t, from, to)).isEqualTo(naive(needles, t.substring(from, to)).size() > 0);
        }
    }

    @Test
    void aFoldingAutomatonFindsInATextWhatTheUnfoldingOneFindsInItFolded() {
        String[] needles = {"he", "she", "his", "hers", "yesterday", "day", "a"};
        String text = "USHERS said Yesterday, HIS sHe DAY";
        List<String> folding = new ArrayList<>();
        new NeedleAutomaton(needles, true).scan(text, (id, at) -> folding.add(id + "@" + at));
        assertThat(folding).isEqualTo(scanned(needles, Needles.foldAscii(text)));
    }
}
