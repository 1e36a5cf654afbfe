package org.corroborate.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.corroborate.api.Language;
import org.corroborate.extract.RuleKinds;
import org.corroborate.rules.RulePacks;
import org.corroborate.rules.RuleSource;
import org.junit.jupiter.api.Test;

/**
 * What the readers of a pattern make of every regex of the shipped date packs — {@link Needles} (sets, reach, most
 * chars), {@link FirstWords}, {@link LookbehindNeedles} and the list split of {@link Words.Starts} — written once by
 * {@link #main} to {@value #RESOURCE} and compared here line for line: a change to how they walk a pattern must not
 * change one answer. Read are each rule's and each part's pattern (placeholders not expanded, with the packs' parts
 * and lexicons), each rule's expanded regex, and each word list's and future marker's pattern.
 */
class PatternReadingsUnchangedTest {
    static final String RESOURCE = "date/pattern-readings.txt";
    private static final RulePacks PACKS = RulePacks.load(RuleSource.classpath(), RuleKinds.ALL);

    @Test
    void everyPatternOfThePacksReadsAsItDidBefore() throws IOException {
        String expected;
        try (InputStream in = PatternReadingsUnchangedTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> now = readings();
        assertThat(now.size()).isGreaterThan(1_000);
        assertThat(now).containsExactlyElementsOf(expected.lines().toList());
    }

    /** Writes the readings of the code as it stands to {@code src/test/resources/}{@value #RESOURCE}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of("src/test/resources", RESOURCE);
        Files.createDirectories(out.getParent());
        Files.write(out, readings(), StandardCharsets.UTF_8);
        System.out.println(out);
    }

    static List<String> readings() {
        List<String> out = new ArrayList<>();
        for (Language language : List.of(Language.EN, Language.AR)) {
            List<DateRuleFile> scope = PACKS.forLanguage(language, DateRuleFile.class);
            boolean foldCase = DateGrammar.ignoresCase(language);
            Map<String, String> parts = new HashMap<>();
            Map<String, Lexicon> lexicons = new HashMap<>();
            for (DateRuleFile file : scope) {
                file.parts().forEach((name, part) -> parts.put(name, DateGrammar.normalize(part)));
                file.lexicons().forEach(l -> lexicons.put(l.name(), Lexicon.of(l, foldCase ? Pattern.CASE_INSENSITIVE : 0)));
            }
            Map<String, String> subjects = new LinkedHashMap<>();
            new TreeMap<>(parts).forEach((name, part) -> subjects.put("part " + name, part));
            for (DateRuleFile file : scope) {
                for (DateRule rule : file.rules()) {
                    subjects.put("rule " + rule.id(), DateGrammar.normalize(rule.pattern()));
                }
            }
            Map<String, String> plain = new LinkedHashMap<>();
            for (CompiledRule rule : DateGrammar.compile(scope, language)) {
                plain.put("expanded " + rule.rule().id(), rule.pattern().pattern());
            }
            for (DateWordList list : DateWordList.values()) {
                Pattern pattern = list.pattern(scope, language);
                if (pattern != null) {
                    plain.put("list " + list, pattern.pattern());
                }
            }
            Pattern markers = DateGrammar.futureMarkers(scope, language);
            if (markers != null) {
                plain.put("markers", markers.pattern());
            }
            List<Pattern> each = DateGrammar.futureMarkerEach(scope, language);
            for (int i = 0; each != null && i < each.size(); i++) {
                plain.put("marker " + i, each.get(i).pattern());
            }
            String lang = language.code();
            subjects.forEach((name, pattern) -> read(out, lang + " " + name, pattern, foldCase, parts::get, lexicons::get));
            plain.forEach((name, pattern) -> read(out, lang + " " + name, pattern, foldCase, p -> null, l -> null));
        }
        return out;
    }

    private static void read(List<String> out, String name, String pattern, boolean foldCase,
                             Function<String, String> parts, Function<String, Lexicon> lexicons) {
        out.add(name + " needles " + sets(Needles.of(pattern, parts, lexicons, foldCase, 0)));
        out.add(name + " weighed " + sets(Needles.of(pattern, parts, lexicons, foldCase, 2, true)));
        out.add(name + " length " + Needles.maxLength(pattern, parts, lexicons));
        out.add(name + " first " + starts(FirstWords.of(pattern, false, parts, lexicons)));
        out.add(name + " first-digits " + starts(FirstWords.of(pattern, true, parts, lexicons)));
        out.add(name + " lookbehind " + LookbehindNeedles.of(pattern, parts, lexicons, foldCase, 3));
        out.add(name + " split " + Words.Starts.split(pattern));
    }

    /** The sets in their order (rarest first), each needle with its reach in sorted order. */
    private static String sets(List<Map<String, Integer>> sets) {
        return sets == null ? "null" : sets.stream().map(TreeMap::new).toList().toString();
    }

    private static String starts(FirstWords.Starts starts) {
        Map<String, String> whole = new TreeMap<>();
        starts.wholeWords().forEach((word, next) ->
                whole.put(word, new TreeSet<>(next.prefixes()) + (next.digit() ? "+digit" : "")));
        return new TreeSet<>(starts.prefixes()) + " " + whole;
    }
}
