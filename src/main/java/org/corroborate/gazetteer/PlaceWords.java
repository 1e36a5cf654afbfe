package org.corroborate.gazetteer;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.corroborate.api.Language;
import org.corroborate.rules.Example;
import org.corroborate.rules.OptionalKey;
import org.corroborate.rules.Problems;
import org.corroborate.rules.RuleFile;
import org.corroborate.rules.RulePacks;

/**
 * A {@code places} rule file: the words {@link StatedPlaces} reads a place the gazetteer does not
 * know by ("in Leeds on Tuesday", «في بلدة كفر نبل»). The patterns are Java's; the words are these.
 * One file per language pack; a shared pack (common) holds none.
 *
 * <ul>
 *   <li>{@code prepositions}: words before the place ("in", "near"; في، قرب). English ones are
 *       matched in any case; an Arabic entry may be a phrase, its words separated by spaces
 *       (بالقرب من), and is matched as written (list وفي beside في);</li>
 *   <li>{@code kinds}: the kinds of place a name follows: English "in the town of <i>Name</i>"
 *       (any case), Arabic «في مدينة <i>X</i>» (the only way Arabic is read);</li>
 *   <li>{@code other_kinds}: words of kind no place is read after, but which two accounts of one
 *       place may write or leave out («منطقة الكرادة» and «الكرادة», "Bogor regency" and "Bogor"):
 *       with {@code kinds}, the words the claim comparison sets aside ({@link StatedPlaces#kindWords}).</li>
 * </ul>
 * English only:
 * <ul>
 *   <li>{@code name_prefixes}: articles written onto a name's first word with a hyphen, as written
 *       ("al-", "el-": "in al-Mukalla");</li>
 *   <li>{@code name_particles}: small words inside a name, as written ("de": "San Pedro de Uraba");</li>
 *   <li>{@code name_ends}: after a bare "in <i>Name</i>", the words that end the name ("on", "after",
 *       "district"); any other word after it makes the capitals no place ("in Syrian custody");</li>
 *   <li>{@code not_names}: capitalised words that are no place ("March", "Monday", "Parliament"):
 *       the name is cut before one, none is read when it opens with one, nor is one a possessor
 *       ("in Kenya's Tana River county" names Tana River, "in God's name" nothing);</li>
 *   <li>{@code name_openers}: words that open a name but are none alone ("North": "in North Kivu",
 *       not "in North").</li>
 * </ul>
 * English words of the lists read one word at a time are compared in lower case. Arabic only,
 * matched as written:
 * <ul>
 *   <li>{@code clitics}: prepositions written onto the kind (ب، وب: «بقرية المزرعة»);</li>
 *   <li>{@code compound_openers}: words that open a name of two words (كفر، بيت، عين: «كفر نبل»);</li>
 *   <li>{@code not_names}: words after the kind that describe or point rather than name (أخرى،
 *       مجاورة، الأمن): no place when the first word is one, a name of one word when the second is.</li>
 * </ul>
 * {@code examples} give sentences and the place read in each ({@code expect: {place: Leeds}}); the
 * {@code negative_examples} must yield none. Both run as tests.
 */
public record PlaceWords(List<String> prepositions, List<String> kinds, @OptionalKey List<String> otherKinds,
                         @OptionalKey List<String> namePrefixes,
                         @OptionalKey List<String> nameParticles, @OptionalKey List<String> nameEnds,
                         @OptionalKey List<String> notNames, @OptionalKey List<String> nameOpeners,
                         @OptionalKey List<String> clitics, @OptionalKey List<String> compoundOpeners,
                         List<Example> examples, List<String> negativeExamples) implements RuleFile {

    public PlaceWords {
        prepositions = copy(prepositions);
        kinds = copy(kinds);
        otherKinds = copy(otherKinds);
        namePrefixes = copy(namePrefixes);
        nameParticles = copy(nameParticles);
        nameEnds = copy(nameEnds);
        notNames = copy(notNames);
        nameOpeners = copy(nameOpeners);
        clitics = copy(clitics);
        compoundOpeners = copy(compoundOpeners);
        examples = copy(examples);
        negativeExamples = copy(negativeExamples);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** An Arabic word as the Arabic pattern reads one: letters, then letters, harakat or tatweel. */
    static final String ARABIC_WORD = "[\\u0621-\\u064A\\u0671-\\u06D3][\\u0621-\\u065F\\u0670-\\u06D3\\u0640]*";

    @Override
    public void validate(Problems problems, RulePacks packs) {
        Optional<Language> language = packs.languageOf(this);
        if (language.isEmpty()) {
            problems.at("kinds", "a places file belongs to a language pack (ar or en), not to a shared one");
            return;
        }
        boolean arabic = language.get() == Language.AR;
        nonEmpty(problems, "prepositions", prepositions);
        nonEmpty(problems, "kinds", kinds);
        for (int i = 0; i < prepositions.size(); i++) {
            String p = prepositions.get(i);
            if (p.isBlank()) {
                problems.at("prepositions/" + i, "a preposition may not be blank");
            } else if (!arabic && p.strip().contains(" ")) {
                problems.at("prepositions/" + i, "'" + p + "' must be a single word (English prepositions are)");
            }
        }
        lists().forEach((key, words) -> {
            if (!key.equals("prepositions")) {
                problems.oneWordEach(key, words);
            }
            once(problems, key, words, arabic);
        });
        if (arabic) {
            onlyIn(problems, "name_prefixes", namePrefixes, "English");
            onlyIn(problems, "name_particles", nameParticles, "English");
            onlyIn(problems, "name_ends", nameEnds, "English");
            onlyIn(problems, "name_openers", nameOpeners, "English");
            arabicWords(problems, "kinds", kinds);
            arabicWords(problems, "other_kinds", otherKinds);
            arabicWords(problems, "compound_openers", compoundOpeners);
            arabicWords(problems, "not_names", notNames);
            arabicWords(problems, "clitics", clitics);
            for (int i = 0; i < prepositions.size(); i++) {
                for (String word : prepositions.get(i).strip().split("\\s+")) {
                    if (!word.isEmpty() && !word.matches(ARABIC_WORD)) {
                        problems.at("prepositions/" + i, "'" + word + "' is not an Arabic word: it can never be read");
                    }
                }
            }
        } else {
            onlyIn(problems, "clitics", clitics, "Arabic");
            onlyIn(problems, "compound_openers", compoundOpeners, "Arabic");
            for (int i = 0; i < namePrefixes.size(); i++) {
                if (!namePrefixes.get(i).matches("\\p{L}+-")) {
                    problems.at("name_prefixes/" + i, "'" + namePrefixes.get(i)
                            + "' must be letters and a hyphen, as written onto a name (al-)");
                }
            }
        }
        for (int i = 0; i < examples.size(); i++) {
            Example example = examples.get(i);
            if (example.expect() == null || !example.expect().path("place").isTextual()
                    || example.expect().size() != 1) {
                problems.at("examples/" + i, "an example expects the place it states: {place: <its words>}");
            }
        }
        if (examples.isEmpty()) {
            problems.at("examples", "a places file needs examples: sentences with the place each states");
        }
    }

    /** The word lists by key, in the file's order. */
    private Map<String, List<String>> lists() {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("prepositions", prepositions);
        lists.put("kinds", kinds);
        lists.put("other_kinds", otherKinds);
        lists.put("name_prefixes", namePrefixes);
        lists.put("name_particles", nameParticles);
        lists.put("name_ends", nameEnds);
        lists.put("not_names", notNames);
        lists.put("name_openers", nameOpeners);
        lists.put("clitics", clitics);
        lists.put("compound_openers", compoundOpeners);
        return lists;
    }

    private static void nonEmpty(Problems problems, String key, List<String> words) {
        if (words.isEmpty()) {
            problems.at(key, key + " may not be empty: no place would be read");
        }
    }

    /** Each entry once: compared in lower case in English, as written in Arabic. */
    private static void once(Problems problems, String key, List<String> words, boolean arabic) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String word = arabic ? words.get(i).strip() : words.get(i).strip().toLowerCase(Locale.ROOT);
            if (!seen.add(word)) {
                problems.at(key + "/" + i, "'" + words.get(i) + "' is listed twice in " + key);
            }
        }
    }

    private static void onlyIn(Problems problems, String key, List<String> words, String language) {
        if (!words.isEmpty()) {
            problems.at(key, key + " is read in " + language + " only: this file's pack is not " + language);
        }
    }

    private static void arabicWords(Problems problems, String key, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).strip();
            if (!word.isEmpty() && !word.contains(" ") && !word.matches(ARABIC_WORD)) {
                problems.at(key + "/" + i, "'" + words.get(i) + "' is not an Arabic word: it can never be read");
            }
        }
    }
}
