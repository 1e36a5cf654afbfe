package org.corroborate.extract.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.corroborate.text.ArabicNormalizer;

/**
 * The number words of one language, compiled from its {@code numbers} rules into lookups keyed
 * by their normalised, lower-cased form. A word not found as written is looked up again without
 * each clitic prefix (وثلاثة، بخمسة، الخمسة), unless it is listed as not a number (لست، الأحد).
 */
final class Lexicon {
    static final ArabicNormalizer NORMALIZER = new ArabicNormalizer(ArabicNormalizer.Option.FOLD_TEH_MARBUTA);

    /** A word's part in the grammar: its role, value (or range), and the rule it comes from. */
    record Entry(NumberRole role, BigDecimal value, BigDecimal max, String rule) {
    }

    /** A looked-up word: its entries by role, and the clitic read off its front ("" if none). */
    record Hit(Map<NumberRole, Entry> entries, String clitic) {
        Entry get(NumberRole role) {
            return entries.get(role);
        }

        boolean has(NumberRole role) {
            return entries.containsKey(role);
        }
    }

    private final Map<String, Map<NumberRole, Entry>> words = new HashMap<>();
    private final Map<String, Entry> digitSuffixes = new HashMap<>();
    private final List<String> clitics = new ArrayList<>();
    private final Set<String> cliticSet = new HashSet<>();
    private final Set<String> notNumbers = new HashSet<>();
    private final Set<String> attachedUnits = new HashSet<>();
    private final Map<String, String> duals = new HashMap<>();
    private final List<String> restatement = new ArrayList<>();
    private final Set<String> connectors = new HashSet<>();
    private final List<String[]> percent = new ArrayList<>();
    private final Map<String, Hit> hits = new HashMap<>();
    private Map<String, Found<String>> dualHits;
    private Pattern digits;
    private String digitsRule;

    Lexicon(List<NumberFile> files) {
        List<NumberRule> dualNouns = new ArrayList<>();
        List<String> dualEndings = new ArrayList<>();
        for (NumberFile file : files) {
            for (NumberRule rule : file.rules()) {
                add(rule, dualNouns, dualEndings);
            }
        }
        clitics.sort(Comparator.comparingInt(String::length).reversed());
        cliticSet.addAll(clitics);
        for (NumberRule rule : dualNouns) {
            for (String noun : rule.forms()) {
                for (String ending : dualEndings) {
                    duals.put(key(dualStem(noun) + ending), rule.id());
                }
            }
        }
        if (digits == null) {
            throw new IllegalStateException("the number rules define no digit pattern (role: digits)");
        }
        withClitics(words).forEach((k, found) -> hits.put(k, new Hit(found.value(), found.clitic())));
        dualHits = withClitics(duals);
    }

    private void add(NumberRule rule, List<NumberRule> dualNouns, List<String> dualEndings) {
        switch (rule.role()) {
            case DIGITS -> {
                digits = Pattern.compile(rule.pattern());
                digitsRule = rule.id();
            }
            case DIGIT_SUFFIX -> rule.words().forEach((w, v) ->
                    digitSuffixes.put(w, new Entry(NumberRole.DIGIT_SUFFIX, v, null, rule.id())));
            case CLITIC -> rule.forms().forEach(f -> clitics.add(key(f)));
            case ATTACHED_UNIT -> rule.forms().forEach(f -> attachedUnits.add(key(f)));
            case NOT_A_NUMBER -> rule.forms().forEach(f -> notNumbers.add(key(f)));
            case DUAL_NOUN -> dualNouns.add(rule);
            case DUAL_ENDING -> dualEndings.addAll(rule.forms());
            case RESTATEMENT -> restatement.addAll(rule.forms());
            case PERCENT -> rule.forms().forEach(f -> percent.add(Arrays.stream(f.strip().split("\\s+"))
                    .map(Lexicon::key).toArray(String[]::new)));
            case CONNECTOR -> rule.forms().forEach(f -> {
                connectors.add(key(f));
                put(f, new Entry(rule.role(), null, null, rule.id()));
            });
            case VAGUE -> rule.ranges().forEach((w, r) -> put(w, new Entry(rule.role(), r.get(0), r.get(1), rule.id())));
            default -> {
                rule.words().forEach((w, v) -> put(w, new Entry(rule.role(), v, null, rule.id())));
                rule.forms().forEach(f -> put(f, new Entry(rule.role(), null, null, rule.id())));
            }
        }
    }

    private void put(String word, Entry entry) {
        words.computeIfAbsent(key(word), k -> new EnumMap<>(NumberRole.class)).putIfAbsent(entry.role(), entry);
    }

    /** The stem a dual ending is added to: teh marbuta is written as teh before it (سيارة → سيارتان). */
    private static String dualStem(String noun) {
        String stripped = noun.strip();
        if (!stripped.isEmpty() && stripped.charAt(stripped.length() - 1) == ArabicNormalizer.TEH_MARBUTA) {
            return stripped.substring(0, stripped.length() - 1) + TEH;
        }
        return stripped;
    }

    static final char TEH = '\u062A';

    static String key(String word) {
        return NORMALIZER.normalizeWord(word.strip()).normalized().toLowerCase(Locale.ROOT);
    }

    Pattern digits() {
        return digits;
    }

    String digitsRule() {
        return digitsRule;
    }

    /** The entries of a word key, as written or with a clitic on it; null if none. */
    Hit lookup(String key) {
        return key == null ? null : hits.get(key);
    }

    /**
     * The map with every key also written with each clitic before it (longest clitic first,
     * never over a word listed as not a number), so that a lookup is one hash probe and reports
     * the clitic it read off. Built once; keys shorter than two letters take no clitic.
     */
    <T> Map<String, Found<T>> withClitics(Map<String, T> map) {
        Map<String, Found<T>> out = new HashMap<>();
        map.forEach((k, v) -> out.put(k, new Found<>(v, "")));
        for (String clitic : clitics) {
            map.forEach((k, v) -> {
                String written = clitic + k;
                if (k.length() >= 2 && !notNumbers.contains(written)) {
                    out.putIfAbsent(written, new Found<>(v, clitic));
                }
            });
        }
        return out;
    }

    /**
     * Every key a lookup of a word with nothing read before it may find: a number word (with a
     * clitic or not), a lone clitic (ب in "ب50"), a dual noun.
     */
    Set<String> openingWords() {
        Set<String> out = new HashSet<>(hits.keySet());
        out.addAll(cliticSet);
        out.addAll(dualHits.keySet());
        return out;
    }

    /** Every cardinal tens word as written (no clitic), with its value: for ordinals built on them. */
    Map<String, BigDecimal> tens() {
        Map<String, BigDecimal> out = new HashMap<>();
        words.forEach((k, roles) -> {
            if (roles.containsKey(NumberRole.TENS)) {
                out.put(k, roles.get(NumberRole.TENS).value());
            }
        });
        return out;
    }

    record Found<T>(T value, String clitic) {
    }

    /**
     * A word listed as not a number that is a clitic on a compound unit (الأحد: ال + أحد), read as that unit; null for any
     * other word. The caller reads it only right before its ten («المتهمين الأحد عشر» = 11), where it is no weekday.
     */
    Hit compoundUnitNotAlone(String key) {
        if (key == null || !notNumbers.contains(key)) {
            return null;
        }
        for (String clitic : clitics) {
            Map<NumberRole, Entry> body = key.length() > clitic.length() && key.startsWith(clitic)
                    ? words.get(key.substring(clitic.length())) : null;
            if (body != null && body.containsKey(NumberRole.COMPOUND_UNIT)) {
                return new Hit(Map.of(NumberRole.COMPOUND_UNIT, body.get(NumberRole.COMPOUND_UNIT)), clitic);
            }
        }
        return null;
    }

    /** True when the key is a unit of measure that, written onto digits, makes them no count (مل). */
    boolean isAttachedUnit(String key) {
        return key != null && attachedUnits.contains(key);
    }

    /** True when the whole key is a clitic: ب in "ب50". */
    boolean isClitic(String key) {
        return key != null && cliticSet.contains(key);
    }

    /** True when a clitic begins with a connector (و in وعشرون، والعشرين): it joins what it is written on. */
    boolean conjoins(String clitic) {
        if (clitic.isEmpty()) {
            return false; // most words carry no clitic
        }
        for (String connector : connectors) {
            if (clitic.startsWith(connector)) {
                return true;
            }
        }
        return false;
    }

    /** True when the key is a connector word or sign: and, و, -. */
    boolean isConnector(String key) {
        return key != null && connectors.contains(key);
    }

    /** True when the key has the role (as written, no clitic). */
    boolean is(String key, NumberRole role) {
        Map<NumberRole, Entry> found = key == null ? null : words.get(key);
        return found != null && found.containsKey(role);
    }

    /** The rule of the dual noun this key is (جنديين، والطفلين), or null. */
    String dualRule(String key) {
        Found<String> found = key == null ? null : dualHits.get(key);
        return found == null ? null : found.value();
    }

    /** A case-sensitive multiplier written after digits (10k, 1.2M), or null. */
    Entry digitSuffix(String raw) {
        return digitSuffixes.get(raw);
    }

    /** Where a percent phrase starting at token i ends (exclusive), or i when there is none. */
    int percentEnd(Tokens t, int i) {
        for (String[] phrase : percent) {
            int k = 0;
            while (k < phrase.length && phrase[k].equals(t.key(i + k))) {
                k++;
            }
            if (k == phrase.length) {
                return i + k;
            }
        }
        return i;
    }

    /** The opening and closing bracket of a restatement, or an empty list. */
    List<String> restatement() {
        return restatement;
    }
}
