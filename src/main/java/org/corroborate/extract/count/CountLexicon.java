package org.corroborate.extract.count;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.corroborate.text.ArabicNormalizer;

/**
 * The words of the {@code claims} files of one language, normalised once. Lookups accept a word
 * with a one-letter proclitic (وأصيب، بحياة) and, for nouns, with the definite article
 * (المدنيين، والمدنيين).
 */
final class CountLexicon {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final String ARTICLE = "ال";
    private static final char TEH = '\u062A';
    private static final char TEH_MARBUTA = '\u0629';

    /** An action phrase: its words in order and its rule. */
    record ActionPhrase(List<String> words, CountRules.ActionRule rule) {
    }

    private final Map<String, List<ActionPhrase>> actionsByFirstWord = new HashMap<>();
    private final Map<String, CountRules.SubjectRule> subjects = new HashMap<>();
    private final Map<String, CountRules.SubjectRule> singulars = new HashMap<>();
    private final Map<String, CountRules.SubjectRule> duals = new HashMap<>();
    private final Set<String> functionWords = new HashSet<>();
    private final Map<String, CountRules.EventRule> events = new HashMap<>();
    private final Set<String> parts = new HashSet<>();
    private final Set<String> others = new HashSet<>();
    private final Set<String> attackers = new HashSet<>();
    private final Set<String> notCounted = new HashSet<>();
    private final Set<String> links = new HashSet<>();
    private final Set<String> announcers = new HashSet<>();
    private final Set<String> proclitics = new HashSet<>();
    private final List<List<String>> cancels = new ArrayList<>();
    private final List<List<String>> tollRises = new ArrayList<>();
    private final List<List<String>> earlierTolls = new ArrayList<>();
    private final List<List<String>> agents = new ArrayList<>();
    private final Set<String> possessives = new HashSet<>();
    private final Set<String> oneMore = new HashSet<>();
    private final List<String> possessiveSuffixes = new ArrayList<>();

    CountLexicon(List<CountRules> files) {
        for (CountRules file : files) {
            file.proclitics().forEach(p -> proclitics.add(norm(p)));
            for (CountRules.ActionRule rule : file.actions()) {
                for (String phrase : rule.words()) {
                    List<String> words = List.of(norm(phrase).split("\\s+"));
                    actionsByFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new ActionPhrase(words, rule));
                }
            }
            for (CountRules.SubjectRule rule : file.subjects()) {
                rule.words().forEach(w -> subjects.put(norm(w), rule));
                rule.singular().forEach(w -> singulars.put(norm(w), rule));
                rule.dual().forEach(w -> duals.put(norm(w), rule));
                rule.dual().forEach(w -> subjects.putIfAbsent(norm(w), rule));
            }
            file.events().forEach(rule -> rule.words().forEach(w -> events.put(norm(w), rule)));
            file.parts().forEach(w -> parts.add(norm(w)));
            file.others().forEach(w -> others.add(norm(w)));
            file.attackers().forEach(w -> attackers.add(norm(w)));
            file.notCounted().forEach(w -> notCounted.add(norm(w)));
            file.links().forEach(w -> links.add(norm(w)));
            file.announcedBy().forEach(w -> announcers.add(norm(w)));
            file.functionWords().forEach(w -> functionWords.add(norm(w)));
            file.cancels().forEach(w -> cancels.add(List.of(norm(w).split("\\s+"))));
            file.tollRises().forEach(w -> tollRises.add(List.of(norm(w).split("\\s+"))));
            file.earlierTolls().forEach(w -> earlierTolls.add(List.of(norm(w).split("\\s+"))));
            file.agents().forEach(w -> agents.add(List.of(norm(w).split("\\s+"))));
            file.possessives().forEach(w -> possessives.add(norm(w)));
            file.oneMore().forEach(w -> oneMore.add(norm(w)));
            file.possessiveSuffixes().forEach(w -> possessiveSuffixes.add(norm(w)));
        }
        actionsByFirstWord.values().forEach(list -> list.sort((a, b) -> b.words().size() - a.words().size()));
    }

    static String norm(String word) {
        return NORMALIZER.normalize(word.strip()).normalized().toLowerCase(Locale.ROOT);
    }

    /** The action phrases that may start at a word (longest first), trying it without a proclitic too. */
    List<ActionPhrase> actionsStartingWith(String word) {
        List<ActionPhrase> out = new ArrayList<>(actionsByFirstWord.getOrDefault(word, List.of()));
        String bare = withoutProclitic(word);
        if (!bare.equals(word)) {
            out.addAll(actionsByFirstWord.getOrDefault(bare, List.of()));
        }
        return out;
    }

    boolean sameWord(String phraseWord, String token, boolean first) {
        return phraseWord.equals(token) || (first && phraseWord.equals(withoutProclitic(token)));
    }

    /**
     * The subject a counted noun names. Singular forms count too: Arabic counts 11 and up with a
     * singular noun (خمسة عشر مدنياً، مئة قتيل).
     */
    CountRules.SubjectRule subject(String word) {
        CountRules.SubjectRule rule = noun(word, subjects);
        return rule != null ? rule : noun(word, singulars);
    }

    CountRules.SubjectRule singular(String word) {
        return noun(word, singulars);
    }

    CountRules.SubjectRule dual(String word) {
        return noun(word, duals);
    }

    boolean isFunctionWord(String word) {
        return functionWords.contains(word) || functionWords.contains(withoutProclitic(word));
    }

    CountRules.EventRule event(String word) {
        return noun(word, events);
    }

    boolean isPart(String word) {
        return parts.contains(word) || parts.contains(withoutProclitic(word));
    }

    boolean isOthers(String word) {
        return others.contains(word) || others.contains(withoutProclitic(word));
    }

    boolean isAttacker(String word) {
        return nounIn(word, attackers);
    }

    boolean isNotCounted(String word) {
        return nounIn(word, notCounted);
    }

    boolean announces(String word) {
        return announcers.contains(word) || announcers.contains(withoutProclitic(word));
    }

    /** Phrases saying a befalling did not happen or was undone (no, risked, freed). */
    List<List<String>> cancels() {
        return cancels;
    }

    /** Phrases right before a count that tie it to a toll noun earlier in its sentence (rose to). */
    List<List<String>> tollRises() {
        return tollRises;
    }

    /** Phrases right before a count that make it the figure a toll rose from (from, بعد أن كانت). */
    List<List<String>> earlierTolls() {
        return earlierTolls;
    }

    /** "by", "على يد": before a group, they make it the perpetrator. */
    List<List<String>> agents() {
        return agents;
    }

    /**
     * The singular a noun with a possessive suffix is a form of (سائقه → سائق, زوجته → زوجة), or
     * null; the longest suffix is tried first.
     */
    CountRules.SubjectRule singularWithPossessive(String word) {
        for (String suffix : possessiveSuffixes.stream().sorted((a, b) -> b.length() - a.length()).toList()) {
            if (word.length() > suffix.length() + 2 && word.endsWith(suffix)) {
                String stem = word.substring(0, word.length() - suffix.length());
                CountRules.SubjectRule rule = singulars.get(stem);
                if (rule == null && stem.charAt(stem.length() - 1) == TEH) {
                    rule = singulars.get(norm(stem.substring(0, stem.length() - 1) + TEH_MARBUTA)); // زوجت+ه → زوجة
                }
                if (rule != null) {
                    return rule;
                }
            }
        }
        return null;
    }

    /** "another": one more person of the group before. */
    boolean isOneMore(String word) {
        return oneMore.contains(word);
    }

    boolean isPossessive(String word) {
        return possessives.contains(word);
    }

    boolean isLink(String word) {
        return links.contains(word);
    }

    /** True when the word carries a conjunction proclitic (ومترجما): it is linked to what precedes. */
    boolean startsWithLink(String word) {
        // "و9" (and 9) is as linked as "وتسع"; other two-letter words are mostly not a link and a stem
        return (word.length() > 2 || word.length() == 2 && Character.isDigit(word.charAt(1)))
                && links.contains(word.substring(0, 1));
    }

    /** Looks the word up as written, without its proclitic, without its article, and without both. */
    private <T> T noun(String word, Map<String, T> table) {
        T hit = table.get(word);
        if (hit != null) {
            return hit;
        }
        String bare = withoutProclitic(word);
        if (bare != word && (hit = table.get(bare)) != null) {
            return hit;
        }
        String noArticle = withoutArticle(word);
        if (noArticle != word && (hit = table.get(noArticle)) != null) {
            return hit;
        }
        String neither = withoutArticle(bare);
        return neither != bare ? table.get(neither) : null;
    }

    private boolean nounIn(String word, Set<String> table) {
        String bare = withoutProclitic(word);
        return table.contains(word) || table.contains(bare) || table.contains(withoutArticle(word))
                || table.contains(withoutArticle(bare));
    }

    String withoutProclitic(String word) {
        return word.length() > 2 && proclitics.contains(word.substring(0, 1)) ? word.substring(1) : word;
    }

    private static String withoutArticle(String word) {
        return word.startsWith(ARTICLE) && word.length() > 3 ? word.substring(2) : word;
    }
}
