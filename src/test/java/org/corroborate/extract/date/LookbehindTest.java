package org.corroborate.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class LookbehindTest {
    private static final String SPACE = "(?:[\\s\u00A0\u202F]{1,3})";

    @Test
    void readsOnlyPlainWordsAndSpaces() {
        assertNotNull(Lookbehind.of("(?<=(?:in|since|the) ){year:year}", true));
        assertNotNull(Lookbehind.of("(?<=on ){month_num:month}/{day_num:day}", true));
        assertNotNull(Lookbehind.of("(?<=(?:في|منذ) ){year:year}", false));
        assertNull(Lookbehind.of("{year:year}", true));
        assertNull(Lookbehind.of("(?<={month_preposition} ){hijri_bare:holiday}", false));
        assertNull(Lookbehind.of("(?<=(?:in|on)? ){year}", true));
        assertNull(Lookbehind.of("(?<=(?:in|on)(?:x) ){year}", true));
        assertNull(Lookbehind.of("(?<=[io]n ){year}", true));
        assertNull(Lookbehind.of("(?<=in\\) ){year}", true));
        assertNull(Lookbehind.of("(?<=(?:in|) ){year}", true));
        assertNull(Lookbehind.of("(?<!in ){year}", true));
    }

    /** At every place of every text, the lookbehind holds exactly where the regex's does. */
    @Test
    void agreesWithTheRegexEverywhere() {
        List<String> lookbehinds = List.of("(?<=(?:in|since|during|of|the) )", "(?<=on )", "(?<=(?:a b|in) )",
                "(?<=(?:في|منذ|حتى) )");
        List<String> texts = List.of("in 2020", "In  2020 and IN\t\n 1999, within 5", "since    1990", "of\u00A02001",
                "the\u202F\u00A0 7", "on 5/6 upon 7/8 ON 1", "a b 3, a  b 4, ab 5", "", " ", "in",
                "في 2020 وفي 2021 منذ  1990", "حتى\n2000");
        for (String lookbehind : lookbehinds) {
            for (boolean ignoreCase : new boolean[] {true, false}) {
                Lookbehind read = Lookbehind.of(lookbehind + "{year}", ignoreCase);
                Pattern regex = Pattern.compile(lookbehind.replace(" ", SPACE), ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
                for (String text : texts) {
                    Matcher m = regex.matcher(text).useTransparentBounds(true);
                    for (int at = 0; at <= text.length(); at++) {
                        assertEquals(m.region(at, text.length()).lookingAt(), read.holdsAt(text, at),
                                lookbehind + " at " + at + " of '" + text + "' (ignore case " + ignoreCase + ")");
                    }
                }
            }
        }
    }

    /** A rule's lookbehind is checked where it is tried only when no clitic can begin there (و، ف، ب، ل، ك). */
    @Test
    void theArabicCliticBeginsWithItsLettersOnly() {
        org.corroborate.rules.RulePacks packs = org.corroborate.rules.RulePacks.load(
                org.corroborate.rules.RuleSource.classpath(), org.corroborate.extract.RuleKinds.ALL);
        java.util.BitSet arabic = DateGrammar.cliticFirstChars(
                packs.forLanguage(org.corroborate.api.Language.AR, DateRuleFile.class), org.corroborate.api.Language.AR);
        java.util.BitSet expected = new java.util.BitSet();
        "وفبلك".chars().forEach(expected::set);
        assertEquals(expected, arabic);
        assertEquals(new java.util.BitSet(), DateGrammar.cliticFirstChars(
                packs.forLanguage(org.corroborate.api.Language.EN, DateRuleFile.class), org.corroborate.api.Language.EN));
    }
}
