package org.corroborate.extract.count;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.corroborate.text.Affixes;
import org.corroborate.text.ArabicNormalizer;
import org.corroborate.text.WordTable;

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
    private final List<List<String>> subordinators = new ArrayList<>();
    private final List<List<String>> alongside = new ArrayList<>();
    private final List<List<String>> tollRises = new ArrayList<>();
    private final List<List<String>> detentionOrders = new ArrayList<>();
    private final List<List<String>> earlierTolls = new ArrayList<>();
    private final List<List<String>> previousTolls = new ArrayList<>();
    private final List<List<String>> notActions = new ArrayList<>();
    private final List<List<String>> agents = new ArrayList<>();
    private final Set<String> since = new HashSet<>();
    private final Set<String> baselines = new HashSet<>();
    private final Set<String> possessives = new HashSet<>();
    private final Set<String> oneMore = new HashSet<>();
    private final Set<String> oneOf = new HashSet<>();
    private final Set<String> circumstancePrepositions = new HashSet<>();
    private final Set<String> linkedSingulars = new HashSet<>();
    private final Set<String> pairs = new HashSet<>();
    private final Set<String> ages = new HashSet<>();
    private final Set<String> ageBounds = new HashSet<>();
    private final List<String> possessiveSuffixes = new ArrayList<>();
    private final Set<String> nameParticles = new HashSet<>();
    private final List<String> nameParticlePrefixes = new ArrayList<>();
    private final Set<String> titleArticles = new HashSet<>();
    private final List<List<String>> pastClauses = new ArrayList<>();
    private final List<List<String>> relativePassives = new ArrayList<>();
    private final Set<String> nameWords = new HashSet<>();
    private final Set<String> pluperfects = new HashSet<>();
    private final Set<String> personPronouns = new HashSet<>();
    private final Set<String> groupPronouns = new HashSet<>();
    private final Set<String> pluperfectParticles = new HashSet<>();
    private final Set<String> arrestingBodies = new HashSet<>();
    private final Set<String> pluralAuxiliaries = new HashSet<>();
    private final Set<String> colleagues = new HashSet<>();
    private final Set<String> objectPrepositions = new HashSet<>();
    private final Set<String> relativePronouns = new HashSet<>();
    private final Set<String> indefiniteArticles = new HashSet<>();
    private final Set<String> definiteArticles = new HashSet<>();
    private final Set<String> oneWords = new HashSet<>();
    private final Set<String> partitivePrepositions = new HashSet<>();
    private final Set<String> partitivePronouns = new HashSet<>();
    private final Set<String> listWords = new HashSet<>();
    private final List<String> adverbEndings = new ArrayList<>();
    private final List<String> describingEndings = new ArrayList<>();
    private final Set<String> ofThemWords = new HashSet<>();
    private final Set<String> datingRelatives = new HashSet<>();
    private final List<String> articlePrefixes = new ArrayList<>();
    private final Set<String> partOriginPrepositions = new HashSet<>();
    private final List<String> obliquePluralEndings = new ArrayList<>();
    private final List<String> feminineDualEndings = new ArrayList<>();
    private final List<String> dualEndings = new ArrayList<>();
    private final List<String> dualPronouns = new ArrayList<>();
    private final Set<String> heldOneNouns = new HashSet<>();
    private final Set<String> incidentRelatives = new HashSet<>();
    private final List<String> resumingPronouns = new ArrayList<>();
    private final List<String> accusativeEndings = new ArrayList<>();
    private final Set<String> personObjectVerbs = new HashSet<>();
    private final Set<String> thingNouns = new HashSet<>();
    private final List<String> agentEndings = new ArrayList<>();
    private final List<String> verbEndings = new ArrayList<>();
    private final List<String> verbInitials = new ArrayList<>();
    private final List<String> singularNisbaEndings = new ArrayList<>();
    private final List<String> prepositionProclitics = new ArrayList<>();
    private final List<String> notComplementiserProclitics = new ArrayList<>();
    private final Set<String> specifierPrepositions = new HashSet<>();
    private final Set<String> exceeds = new HashSet<>();
    private final Set<String> caseWords = new HashSet<>();
    private final Set<String> trapVerbs = new HashSet<>();
    private final Set<String> trapPrepositions = new HashSet<>();
    private final Set<String> trapPlaces = new HashSet<>();
    private final Set<String> bodyNouns = new HashSet<>();
    private final Set<String> settingPrepositions = new HashSet<>();
    private final Set<String> cooperationOpeners = new HashSet<>();
    private final Set<String> beliefOpeners = new HashSet<>();
    private final Set<String> placePrepositions = new HashSet<>();
    private final Set<String> objectPronouns = new HashSet<>();
    private final Set<String> woundedOnes = new HashSet<>();
    private final Set<String> ownSubjectPassives = new HashSet<>();
    private final Set<String> stillWords = new HashSet<>();
    private final List<List<String>> excepting = new ArrayList<>();
    private final Set<String> resultOpeners = new HashSet<>();
    private final List<String> personEndings = new ArrayList<>();
    private final Set<String> hearsayParticles = new HashSet<>();
    private final Set<String> auxiliaries = new HashSet<>();
    private final Set<String> relativeOpeners = new HashSet<>();
    private final Set<String> relativePlacePrepositions = new HashSet<>();
    private final Set<String> relations = new HashSet<>();
    private final Set<String> patients = new HashSet<>();
    private final List<String> participlePrefixes = new ArrayList<>();
    private final List<String> participleEndings = new ArrayList<>();
    private final Set<String> familyPrepositions = new HashSet<>();
    private final Set<String> prosecutionWords = new HashSet<>();
    private final Set<String> dualOthers = new HashSet<>();
    private final Set<String> complementisers = new HashSet<>();
    private final Set<String> searchWords = new HashSet<>();
    private final Set<String> timeConjunctions = new HashSet<>();
    private final Set<String> originPrepositions = new HashSet<>();
    private final List<List<String>> hospitalStays = new ArrayList<>();
    private final List<List<String>> discharges = new ArrayList<>();
    private final List<List<String>> illnesses = new ArrayList<>();
    private final List<List<String>> unhurtWords = new ArrayList<>();
    private final List<List<String>> careReasons = new ArrayList<>();
    private final List<List<String>> takings = new ArrayList<>();
    private final Set<String> passiveAuxiliaries = new HashSet<>();
    private final Set<String> undoingPassives = new HashSet<>();
    private final List<String> nisbaEndings = new ArrayList<>();

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
            file.subordinators().forEach(w -> subordinators.add(List.of(norm(w).split("\\s+"))));
            file.alongside().forEach(w -> alongside.add(List.of(norm(w).split("\\s+"))));
            file.tollRises().forEach(w -> tollRises.add(List.of(norm(w).split("\\s+"))));
            file.detentionOrders().forEach(w -> detentionOrders.add(List.of(norm(w).split("\\s+"))));
            file.earlierTolls().forEach(w -> earlierTolls.add(List.of(norm(w).split("\\s+"))));
            file.previousTolls().forEach(w -> previousTolls.add(List.of(norm(w).split("\\s+"))));
            file.notActions().forEach(w -> notActions.add(List.of(norm(w).split("\\s+"))));
            file.agents().forEach(w -> agents.add(List.of(norm(w).split("\\s+"))));
            file.since().forEach(w -> since.add(norm(w)));
            file.baselines().forEach(w -> baselines.add(norm(w)));
            file.possessives().forEach(w -> possessives.add(norm(w)));
            file.oneMore().forEach(w -> oneMore.add(norm(w)));
            file.oneOf().forEach(w -> oneOf.add(norm(w)));
            file.circumstancePrepositions().forEach(w -> circumstancePrepositions.add(norm(w)));
            file.linkedSingulars().forEach(w -> linkedSingulars.add(norm(w)));
            file.pairs().forEach(w -> pairs.add(norm(w)));
            file.ages().forEach(w -> ages.add(norm(w)));
            file.ageBounds().forEach(w -> ageBounds.add(norm(w)));
            file.possessiveSuffixes().forEach(w -> possessiveSuffixes.add(norm(w)));
            for (String w : file.nameParticles()) {
                String n = norm(w);
                if (n.endsWith("-")) {
                    nameParticlePrefixes.add(n); // "al-": al-Haddad
                } else {
                    nameParticles.add(n);
                }
            }
            // "arrested the activist X": the article before a titled name is the definite one, unless a file says otherwise
            (file.titleArticles().isEmpty() ? file.definiteArticles() : file.titleArticles()).forEach(w -> titleArticles.add(norm(w)));
            file.pastClauses().forEach(w -> pastClauses.add(List.of(norm(w).split("\\s+"))));
            file.relativePassives().forEach(w -> relativePassives.add(List.of(norm(w).split("\\s+"))));
            file.nameWords().forEach(w -> nameWords.add(norm(w)));
            file.pluperfects().forEach(w -> pluperfects.add(norm(w)));
            file.personPronouns().forEach(w -> personPronouns.add(norm(w)));
            file.groupPronouns().forEach(w -> groupPronouns.add(norm(w)));
            file.pluperfectParticles().forEach(w -> pluperfectParticles.add(norm(w)));
            file.arrestingBodies().forEach(w -> arrestingBodies.add(norm(w)));
            file.pluralAuxiliaries().forEach(w -> pluralAuxiliaries.add(norm(w)));
            file.colleagues().forEach(w -> colleagues.add(norm(w)));
            file.objectPrepositions().forEach(w -> objectPrepositions.add(norm(w)));
            file.relativePronouns().forEach(w -> relativePronouns.add(norm(w)));
            file.indefiniteArticles().forEach(w -> indefiniteArticles.add(norm(w)));
            file.definiteArticles().forEach(w -> definiteArticles.add(norm(w)));
            file.oneWords().forEach(w -> oneWords.add(norm(w)));
            file.partitivePrepositions().forEach(w -> partitivePrepositions.add(norm(w)));
            file.partitivePronouns().forEach(w -> partitivePronouns.add(norm(w)));
            file.listWords().forEach(w -> listWords.add(norm(w)));
            file.adverbEndings().forEach(w -> adverbEndings.add(norm(w)));
            file.describingEndings().forEach(w -> describingEndings.add(norm(w)));
            file.ofThemWords().forEach(w -> ofThemWords.add(norm(w)));
            file.datingRelatives().forEach(w -> datingRelatives.add(norm(w)));
            file.articlePrefixes().forEach(w -> articlePrefixes.add(norm(w)));
            file.partOriginPrepositions().forEach(w -> partOriginPrepositions.add(norm(w)));
            file.obliquePluralEndings().forEach(w -> obliquePluralEndings.add(norm(w)));
            file.feminineDualEndings().forEach(w -> feminineDualEndings.add(norm(w)));
            file.specifierPrepositions().forEach(w -> specifierPrepositions.add(norm(w)));
            file.exceeds().forEach(w -> exceeds.add(norm(w)));
            file.caseWords().forEach(w -> caseWords.add(norm(w)));
            file.trapVerbs().forEach(w -> trapVerbs.add(norm(w)));
            file.trapPrepositions().forEach(w -> trapPrepositions.add(norm(w)));
            file.trapPlaces().forEach(w -> trapPlaces.add(norm(w)));
            file.bodyNouns().forEach(w -> bodyNouns.add(norm(w)));
            file.settingPrepositions().forEach(w -> settingPrepositions.add(norm(w)));
            file.cooperationOpeners().forEach(w -> cooperationOpeners.add(norm(w)));
            file.beliefOpeners().forEach(w -> beliefOpeners.add(norm(w)));
            file.placePrepositions().forEach(w -> placePrepositions.add(norm(w)));
            file.objectPronouns().forEach(w -> objectPronouns.add(norm(w)));
            file.woundedOnes().forEach(w -> woundedOnes.add(norm(w)));
            file.ownSubjectPassives().forEach(w -> ownSubjectPassives.add(norm(w)));
            file.stillWords().forEach(w -> stillWords.add(norm(w)));
            file.excepting().forEach(w -> excepting.add(List.of(norm(w).split("\\s+"))));
            file.resultOpeners().forEach(w -> resultOpeners.add(String.join(" ", norm(w).split("\\s+"))));
            file.personEndings().forEach(w -> personEndings.add(norm(w)));
            file.hearsayParticles().forEach(w -> hearsayParticles.add(norm(w)));
            file.auxiliaries().forEach(w -> auxiliaries.add(norm(w)));
            file.relativeOpeners().forEach(w -> relativeOpeners.add(norm(w)));
            file.relativePlacePrepositions().forEach(w -> relativePlacePrepositions.add(norm(w)));
            file.relations().forEach(w -> relations.add(norm(w)));
            file.patients().forEach(w -> patients.add(norm(w)));
            file.participlePrefixes().forEach(w -> participlePrefixes.add(norm(w)));
            file.participleEndings().forEach(w -> participleEndings.add(norm(w)));
            file.familyPrepositions().forEach(w -> familyPrepositions.add(norm(w)));
            file.prosecutionWords().forEach(w -> prosecutionWords.add(norm(w)));
            file.dualOthers().forEach(w -> dualOthers.add(norm(w)));
            file.complementisers().forEach(w -> complementisers.add(norm(w)));
            file.searchWords().forEach(w -> searchWords.add(norm(w)));
            file.timeConjunctions().forEach(w -> timeConjunctions.add(norm(w)));
            file.originPrepositions().forEach(w -> originPrepositions.add(norm(w)));
            file.hospitalStays().forEach(w -> hospitalStays.add(List.of(norm(w).split("\\s+"))));
            file.discharges().forEach(w -> discharges.add(List.of(norm(w).split("\\s+"))));
            file.illnesses().forEach(w -> illnesses.add(List.of(norm(w).split("\\s+"))));
            file.unhurtWords().forEach(w -> unhurtWords.add(List.of(norm(w).split("\\s+"))));
            file.careReasons().forEach(w -> careReasons.add(List.of(norm(w).split("\\s+"))));
            file.takings().forEach(w -> takings.add(List.of(norm(w).split("\\s+"))));
            file.dualEndings().forEach(w -> dualEndings.add(norm(w)));
            file.dualPronouns().forEach(w -> dualPronouns.add(norm(w)));
            file.heldOneNouns().forEach(w -> heldOneNouns.add(norm(w)));
            file.incidentRelatives().forEach(w -> incidentRelatives.add(norm(w)));
            file.resumingPronouns().forEach(w -> resumingPronouns.add(norm(w)));
            file.accusativeEndings().forEach(w -> accusativeEndings.add(norm(w)));
            file.personObjectVerbs().forEach(w -> personObjectVerbs.add(norm(w)));
            file.thingNouns().forEach(w -> thingNouns.add(norm(w)));
            file.agentEndings().forEach(w -> agentEndings.add(norm(w)));
            file.verbEndings().forEach(w -> verbEndings.add(norm(w)));
            file.verbInitials().forEach(w -> verbInitials.add(norm(w)));
            file.singularNisbaEndings().forEach(w -> singularNisbaEndings.add(norm(w)));
            file.prepositionProclitics().forEach(w -> prepositionProclitics.add(norm(w)));
            file.notComplementiserProclitics().forEach(w -> notComplementiserProclitics.add(norm(w)));
            file.passiveAuxiliaries().forEach(w -> passiveAuxiliaries.add(norm(w)));
            file.undoingPassives().forEach(w -> undoingPassives.add(norm(w)));
            file.nisbaEndings().forEach(w -> nisbaEndings.add(norm(w)));
        }
        actionsByFirstWord.values().forEach(list -> list.sort((a, b) -> b.words().size() - a.words().size()));
        StringBuilder oneLetter = new StringBuilder();
        proclitics.stream().filter(p -> p.length() == 1).forEach(oneLetter::append);
        this.procliticLetters = oneLetter.toString();
        Map<String, Starting> fixedActions = new HashMap<>();
        actionsByFirstWord.forEach((word, phrases) -> fixedActions.put(word, Starting.of(phrases)));
        this.actionTable = WordTable.of(fixedActions);
        this.subjectNouns = new Nouns<>(subjects);
        this.singularNouns = new Nouns<>(singulars);
        if (!dualEndings.isEmpty()) {
            String nominative = dualEndings.get(0);
            subjects.forEach((w, rule) -> {
                String stem = w.endsWith(nominative) ? dualStem(w) : null;
                if (stem != null && dualEndings.stream().allMatch(e -> subjects.containsKey(stem + e))) {
                    duals.putIfAbsent(w, rule); // متهمان with متهمين: the nominative dual, which no plural shares («وكان المتهمان قد أُوقفا»)
                }
            });
        }
        this.dualNouns = new Nouns<>(duals);
        Map<String, CountRules.SubjectRule> constructs = new HashMap<>();
        duals.forEach((w, rule) -> {
            if (w.indexOf(' ') < 0 && w.length() > 3) {
                constructs.putIfAbsent(w.substring(0, w.length() - 1), rule); // the dual's nun falls before the noun it is bound to
            }
        });
        subjects.forEach((w, rule) -> {
            String stem = dualStem(w);
            if (stem != null && dualEndings.stream().allMatch(e -> subjects.containsKey(stem + e))) {
                // رجلان and رجلين both listed: a dual whose nun falls before a bound noun («رجلا إطفاء»)
                constructs.putIfAbsent(w.substring(0, w.length() - 1), rule);
            }
        });
        this.constructDualNouns = new Nouns<>(constructs);
        this.eventNouns = new Nouns<>(events);
        this.functionWordTable = WordTable.of(functionWords);
        this.partTable = WordTable.of(parts);
        this.otherTable = WordTable.of(others);
        this.attackerTable = WordTable.of(attackers);
        this.attackerFirstWords = PhraseStarts.of(attackers);
        this.colleagueTable = WordTable.of(colleagues);
        this.notCountedTable = WordTable.of(notCounted);
        this.announcerTable = WordTable.of(announcers);
        this.dualOthersTable = WordTable.of(dualOthers);
        this.sinceTable = WordTable.of(since);
        this.baselineTable = WordTable.of(baselines);
        this.complementiserTable = WordTable.of(complementisers);
        this.cooperationOpenerTable = WordTable.of(cooperationOpeners);
        this.beliefOpenerTable = WordTable.of(beliefOpeners);
        this.caseWordTable = WordTable.of(caseWords);
        this.trapVerbTable = WordTable.of(trapVerbs);
        this.trapPlaceTable = WordTable.of(trapPlaces);
        this.bodyNounTable = WordTable.of(bodyNouns);
        this.exceedsTable = WordTable.of(exceeds);
        this.circumstancePrepositionTable = WordTable.of(circumstancePrepositions);
        this.ageTable = WordTable.of(ages);
        this.pluperfectTable = WordTable.of(pluperfects);
        this.arrestingBodyTable = WordTable.of(arrestingBodies);
        this.linkedSingularTable = WordTable.of(linkedSingulars);
        this.longestSuffixFirst = possessiveSuffixes.stream().sorted((a, b) -> b.length() - a.length()).toList();
        StringBuilder linkLetters = new StringBuilder();
        links.stream().filter(l -> l.length() == 1).forEach(linkLetters::append);
        this.oneLetterLinks = linkLetters.toString();
        for (List<List<String>> phrases : List.of(cancels, tollRises, earlierTolls, previousTolls, notActions, agents,
                pastClauses, relativePassives, hospitalStays, subordinators, alongside, illnesses, discharges, takings,
                unhurtWords, careReasons, excepting, detentionOrders)) {
            phrasesByLastWord.put(phrases, byLastWord(phrases));
        }
    }

    /** The possessive suffixes, longest first ({@link #singularWithPossessive}), sorted once. */
    private final List<String> longestSuffixFirst;
    /** The links of one letter ({@link #startsWithLink}). */
    private final String oneLetterLinks;

    /**
     * Per list of phrases, the places in it of the phrases that end with a word, as written: a
     * phrase is looked for where a token ends it ({@code SentenceReader.endsWithPhrase}), at most
     * of the group's tokens for each list, and most tokens end none. A phrase of one word also ends
     * at that word with a proclitic; it is listed under the bare word ({@link #phrasesEndingWith}).
     */
    private final Map<List<List<String>>, PhrasesByLastWord> phrasesByLastWord = new java.util.IdentityHashMap<>();

    private record PhrasesByLastWord(WordTable<int[]> anyLength, WordTable<int[]> oneWord) {
    }

    private static PhrasesByLastWord byLastWord(List<List<String>> phrases) {
        Map<String, List<Integer>> any = new HashMap<>();
        Map<String, List<Integer>> one = new HashMap<>();
        for (int i = 0; i < phrases.size(); i++) {
            List<String> p = phrases.get(i);
            any.computeIfAbsent(p.get(p.size() - 1), w -> new ArrayList<>()).add(i);
            if (p.size() == 1) {
                one.computeIfAbsent(p.get(0), w -> new ArrayList<>()).add(i);
            }
        }
        return new PhrasesByLastWord(WordTable.of(asArrays(any)), WordTable.of(asArrays(one)));
    }

    private static Map<String, int[]> asArrays(Map<String, List<Integer>> places) {
        Map<String, int[]> out = new HashMap<>();
        places.forEach((word, at) -> out.put(word, at.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    private static final int[] NO_PHRASES = {};

    /**
     * The places in {@code phrases} (one of this lexicon's lists) of the phrases that may end at the
     * token {@code word}, in list order: those whose last word it is, and those of one word that it
     * is after its proclitic ({@link #sameWord}). Any other phrase cannot end there.
     */
    int[] phrasesEndingWith(List<List<String>> phrases, String word) {
        PhrasesByLastWord index = phrasesByLastWord.get(phrases);
        if (index == null) {
            int[] all = new int[phrases.size()];
            java.util.Arrays.setAll(all, i -> i);
            return all;
        }
        int[] asWritten = index.anyLength().get(word);
        int[] bare = hasProclitic(word) ? index.oneWord().get(word, 1, word.length()) : null;
        if (bare == null) {
            return asWritten == null ? NO_PHRASES : asWritten;
        }
        if (asWritten == null) {
            return bare;
        }
        return java.util.stream.IntStream.concat(java.util.Arrays.stream(asWritten), java.util.Arrays.stream(bare))
                .distinct().sorted().toArray();
    }

    // The tables lookups read, built once from the sets above: WordTable finds a word without its
    // proclitic or article where it stands, where a substring for each form of each word of a text
    // was a good part of what reading counts cost.
    /** The proclitics of one letter: only those can be read off a word ({@link #withoutProclitic}). */
    private final String procliticLetters;
    private final WordTable<Starting> actionTable;
    private final Nouns<CountRules.SubjectRule> subjectNouns;
    private final Nouns<CountRules.SubjectRule> singularNouns;
    private final Nouns<CountRules.SubjectRule> dualNouns;
    private final Nouns<CountRules.SubjectRule> constructDualNouns;
    private final Nouns<CountRules.EventRule> eventNouns;
    private final WordTable<String> functionWordTable;
    private final WordTable<String> partTable;
    private final WordTable<String> otherTable;
    private final WordTable<String> attackerTable;
    /** The first words of the {@code attackers} of two words or more («مطلق» of «مطلق النار»), for {@link #isAttacker(String, String)}. */
    private final PhraseStarts attackerFirstWords;
    /** {@code colleagues}, looked up where a stem stands in a word ({@link #isColleagueWithPossessive}). */
    private final WordTable<String> colleagueTable;
    private final WordTable<String> notCountedTable;
    private final WordTable<String> announcerTable;
    private final WordTable<String> dualOthersTable;
    private final WordTable<String> sinceTable;
    private final WordTable<String> baselineTable;
    private final WordTable<String> complementiserTable;
    private final WordTable<String> cooperationOpenerTable;
    private final WordTable<String> beliefOpenerTable;
    private final WordTable<String> caseWordTable;
    private final WordTable<String> trapVerbTable;
    private final WordTable<String> trapPlaceTable;
    private final WordTable<String> bodyNounTable;
    private final WordTable<String> exceedsTable;
    private final WordTable<String> circumstancePrepositionTable;
    private final WordTable<String> ageTable;
    private final WordTable<String> pluperfectTable;
    private final WordTable<String> arrestingBodyTable;
    private final WordTable<String> linkedSingularTable;

    static String norm(String word) {
        return NORMALIZER.normalize(word.strip()).normalized().toLowerCase(Locale.ROOT);
    }

    /**
     * The action phrases that may start at a word (longest first), trying it without a proclitic
     * too (unmodifiable). A list is made only when the word has both readings: a word that starts
     * a phrase only as written or only without its proclitic gets the table's own list, as most do.
     */
    List<ActionPhrase> actionsStartingWith(String word) {
        Starting asWritten = actionTable.get(word);
        Starting bare = hasProclitic(word) ? actionTable.get(word, 1, word.length()) : null;
        return joined(asWritten == null ? null : asWritten.all(), bare == null ? null : bare.all());
    }

    /**
     * {@link #actionsStartingWith(String)} less the phrases of two words or more whose second word is
     * not {@code next} (null: no word follows), in the same order: none of those can match there.
     * "the" and "of" each begin a dozen phrases and stand in every sentence, and trying each phrase
     * at each of them was most of what finding a sentence's actions cost.
     */
    List<ActionPhrase> actionsStartingWith(String word, String next) {
        return actionsStartingWith(startingAsWritten(word), startingBare(word), next);
    }

    /**
     * The action phrases that may start at a word as written, before the word after it is known; null when none may
     * (most words). With {@link #startingBare}, looked up once per word of a sentence and read with each word that may
     * follow ({@link #actionsStartingWith(Starting, Starting, String)}): finding a sentence's actions asks of a word
     * with the word after it, and then, for "فجّر انتحاري نفسه", with the word after that.
     */
    Starting startingAsWritten(String word) {
        return actionTable.get(word);
    }

    /** {@link #startingAsWritten} of the word without its proclitic; null when it has none or none may start there. */
    Starting startingBare(String word) {
        return hasProclitic(word) ? actionTable.get(word, 1, word.length()) : null;
    }

    /** {@link #actionsStartingWith(String, String)} of the word whose phrases are {@code asWritten} and {@code bare}. */
    List<ActionPhrase> actionsStartingWith(Starting asWritten, Starting bare, String next) {
        return joined(asWritten == null ? null : asWritten.before(next), bare == null ? null : bare.before(next));
    }

    private static List<ActionPhrase> joined(List<ActionPhrase> asWritten, List<ActionPhrase> bare) {
        if (asWritten == null || bare == null) {
            return asWritten != null ? asWritten : bare != null ? bare : List.of();
        }
        List<ActionPhrase> out = new ArrayList<>(asWritten);
        out.addAll(bare);
        return out;
    }

    /**
     * The action phrases that begin with one word, longest first ({@code all}); {@code oneWord},
     * those of that word alone; {@code bySecondWord}, for each second word, the phrases of one word
     * or with that second word, in the order of {@code all}.
     */
    record Starting(List<ActionPhrase> all, List<ActionPhrase> oneWord, Map<String, List<ActionPhrase>> bySecondWord) {
        static Starting of(List<ActionPhrase> phrases) {
            Map<String, List<ActionPhrase>> bySecond = new HashMap<>();
            for (ActionPhrase p : phrases) {
                if (p.words().size() > 1) {
                    bySecond.computeIfAbsent(p.words().get(1), w -> phrases.stream()
                            .filter(q -> q.words().size() == 1 || q.words().get(1).equals(w)).toList());
                }
            }
            return new Starting(List.copyOf(phrases), phrases.stream().filter(p -> p.words().size() == 1).toList(),
                    Map.copyOf(bySecond));
        }

        List<ActionPhrase> before(String next) {
            return next == null ? oneWord : bySecondWord.getOrDefault(next, oneWord);
        }
    }

    boolean sameWord(String phraseWord, String token, boolean first) {
        return phraseWord.equals(token) || (first && hasProclitic(token) && token.length() - 1 == phraseWord.length()
                && token.startsWith(phraseWord, 1));
    }

    /**
     * The subject a counted noun names. Singular forms count too: Arabic counts 11 and up with a
     * singular noun (خمسة عشر مدنياً، مئة قتيل).
     */
    CountRules.SubjectRule subject(String word) {
        CountRules.SubjectRule rule = subjectNouns.get(word);
        return rule != null ? rule : singularNouns.get(word);
    }

    /** {@link #subject(String)} of the two words {@code first second} ("aid workers", "عناصر الشرطة"). */
    CountRules.SubjectRule subject(String first, String second) {
        return subjectNouns.mayBegin(first) || singularNouns.mayBegin(first) ? subject(first + " " + second) : null;
    }

    CountRules.SubjectRule singular(String word) {
        CountRules.SubjectRule rule = singularNouns.get(word);
        return rule != null ? rule : accusativeSingular(word);
    }

    /** The Arabic alef of an indefinite accusative (سائقاً، مهندساً once normalised). */
    private static final char ALEF = '\u0627';

    /**
     * An Arabic singular in the indefinite accusative, its tanween written on an alef that the listed form lacks:
     * «من بين الضحايا سائقاً», «بين المخطوفين مهندساً أجنبياً» name one driver, one engineer, as سائق and مهندس do
     * (blind8's adjudication, dev26-ar-027). Listed forms with the alef (جندياً) are found before this.
     */
    private CountRules.SubjectRule accusativeSingular(String word) {
        int n = word.length();
        return n > 3 && word.charAt(n - 1) == ALEF && word.charAt(n - 2) != ALEF ? singularNouns.get(word.substring(0, n - 1)) : null;
    }

    /** True when {@code word} names one person only, never a group ("Palestinian", not "Lebanese" or "Palestinians"). */
    boolean onlySingular(String word) {
        return subjectNouns.get(word) == null && singularNouns.get(word) != null;
    }

    /** {@link #singular(String)} of the two words {@code first second} ("رئيس بلدية"). */
    CountRules.SubjectRule singular(String first, String second) {
        return singularNouns.mayBegin(first) ? singular(first + " " + second) : null;
    }

    CountRules.SubjectRule dual(String word) {
        return dualNouns.get(word);
    }

    /** {@link #dual(String)} of the two words {@code first second}: a participle and its dual pronoun ("مشتبها بهما"). */
    CountRules.SubjectRule dual(String first, String second) {
        return dualNouns.mayBegin(first) ? dual(first + " " + second) : null;
    }

    /**
     * A dual without its last letter, as the construct writes it ("طفلا الأسرة"); null for none. The same letters may
     * write a singular ("قتل طفلا"): the caller reads the construct only where the singular cannot stand.
     */
    CountRules.SubjectRule dualInConstruct(String word) {
        return dualNouns.get(word) != null ? null : constructDualNouns.get(word);
    }

    boolean isFunctionWord(String word) {
        return inTable(word, functionWordTable);
    }

    CountRules.EventRule event(String word) {
        return eventNouns.get(word);
    }

    /** False when no event noun of two words can begin with {@code first} ({@link Nouns#mayBegin}). */
    boolean eventMayBegin(String first) {
        return eventNouns.mayBegin(first);
    }

    boolean isPart(String word) {
        return inTable(word, partTable);
    }

    /** Whether {@code word} is one of {@code dual_others} (آخران), with or without a proclitic. */
    boolean isDualOthers(String word) {
        return inTable(word, dualOthersTable);
    }

    /** Whether {@code word} is one of {@code others}, also with the article ("توقيف الثلاثة الآخرين"). */
    boolean isOthers(String word) {
        return nounIn(word, otherTable);
    }

    boolean isAttacker(String word) {
        return nounIn(word, attackerTable);
    }

    /** «مطلق النار»: an attacker of two words ({@code attackers}), whose first word alone names none. */
    boolean isAttacker(String first, String second) {
        return attackerFirstWords.mayBegin(first) && nounIn(first + " " + second, attackerTable);
    }

    /**
     * The first words (up to the first space) of the entries of a table that have a space, and the lengths they come
     * in, for {@link #mayBegin}.
     */
    private record PhraseStarts(WordTable<String> words, long lengths) {
        static PhraseStarts of(java.util.Collection<String> entries) {
            Set<String> first = new HashSet<>();
            long lengths = 0;
            for (String w : entries) {
                int space = w.indexOf(' ');
                if (space >= 0) {
                    first.add(w.substring(0, space));
                    lengths |= 1L << Math.min(space, 63);
                }
            }
            return new PhraseStarts(WordTable.of(first), lengths);
        }

        /**
         * False when no entry of two words or more can be {@code first}, a space and another word, in any form
         * {@link #nounIn} tries: the pair read from its first, second, third or fourth char on is an entry only if
         * {@code first} read from there is its first word. Asked of every word of a sentence with an action («أوقفت
         * دورية مطلق النار»), where the pair was put together for each only to be looked up in vain; most words are
         * told apart by their length alone.
         */
        boolean mayBegin(String first) {
            int n = first.length();
            if (n <= 3 || first.indexOf(' ') >= 0) {
                return true; // short, or not one word: let the lookup of the pair decide
            }
            for (int from = 0; from <= 3; from++) {
                if ((lengths & (1L << Math.min(n - from, 63))) != 0 && words.contains(first, from, n)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** "arrested", "detained": the last word of an arrest phrase whose object is people ({@code person_object_verbs}). */
    boolean takesPeople(String word) {
        return personObjectVerbs.contains(norm(word));
    }

    /** "vessels", "containers": a plural of things an arrest verb also takes ({@code thing_nouns}). */
    boolean isThingNoun(String word) {
        return thingNouns.contains(norm(word));
    }

    /** Letters a noun {@link #hasAgentEnding} reads has before its ending at least: "command+ers", not "ants", "r+ents". */
    private static final int AGENT_MIN_STEM = 4;

    /** "commanders", "informants", "students": a plural of people by what they do ({@code agent_endings}), no thing of {@code thing_nouns}. */
    boolean hasAgentEnding(String word) {
        String w = norm(word);
        return !isThingNoun(w) && !isNotCounted(w)
                && agentEndings.stream().anyMatch(e -> w.endsWith(e) && w.length() >= e.length() + AGENT_MIN_STEM);
    }

    boolean isNotCounted(String word) {
        return nounIn(word, notCountedTable);
    }

    boolean announces(String word) {
        return inTable(word, announcerTable);
    }

    /** The word as written or without its proclitic is in {@code table}. */
    private boolean inTable(String word, WordTable<String> table) {
        return table.get(word) != null || hasProclitic(word) && table.contains(word, 1, word.length());
    }

    /** Phrases saying a befalling did not happen or was undone (no, risked, freed). */
    List<List<String>> cancels() {
        return cancels;
    }

    /** "along with", إلى جانب: what adds one more person to a list ({@code alongside}). */
    List<List<String>> alongside() {
        return alongside;
    }

    /** "after", "because", بعد أن، لأن: what opens a clause of its own ({@code subordinators}). */
    List<List<String>> subordinators() {
        return subordinators;
    }

    /** Phrases right before a count that tie it to a toll noun earlier in its sentence (rose to). */
    List<List<String>> tollRises() {
        return tollRises;
    }

    /** The {@code detention_orders}: cancels that still hold a counted group after them. */
    List<List<String>> detentionOrders() {
        return detentionOrders;
    }

    /** Phrases right before a count that make it the figure a toll rose from (from, بعد أن كانت). */
    List<List<String>> earlierTolls() {
        return earlierTolls;
    }

    List<List<String>> previousTolls() {
        return previousTolls;
    }

    List<List<String>> notActions() {
        return notActions;
    }

    /** "since", "منذ" (also with a proclitic: ومنذ). */
    boolean isSince(String word) {
        return inTable(word, sinceTable);
    }

    /** "highest", "أعلى" (also with a proclitic: لأعلى، بأكبر). */
    boolean isBaseline(String word) {
        return inTable(word, baselineTable);
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
        for (String suffix : longestSuffixFirst) {
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

    /**
     * {@link #singularWithPossessive} of a word that may carry a proclitic: the word whole first, so that a و of the
     * stem is not read off as "and" («والدتهما» → والدة, «والدها» → والد), then without its proclitic («وشقيقها»).
     */
    CountRules.SubjectRule singularWithPossessiveAfterProclitic(String word) {
        CountRules.SubjectRule whole = singularWithPossessive(word);
        return whole != null ? whole : singularWithPossessive(withoutProclitic(word));
    }

    /** "bin", "al-Haddad": a word that may stand lower-case inside a name after its first word. */
    boolean isNameParticle(String word) {
        if (nameParticles.contains(word)) {
            return true;
        }
        for (String prefix : nameParticlePrefixes) {
            if (word.length() > prefix.length() && word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** "the": an article before a title that opens a named subject ("arrested the activist X"). */
    boolean isTitleArticle(String word) {
        return titleArticles.contains(word);
    }

    /** "who was", "who had": after a comma on a name, a clause that tells the person's past. */
    List<List<String>> pastClauses() {
        return pastClauses;
    }

    /** "who was", "who had been", "الذي": right before an action word, the passive of a relative clause. */
    List<List<String>> relativePassives() {
        return relativePassives;
    }

    /** "علي": a given name written like a function word, read as a name right after a title. */
    boolean isNameWord(String word) {
        return nameWords.contains(word);
    }

    /** "الفلسطيني", "السوريين": a word with an ending of an adjective of origin (the caller checks the article). */
    boolean isNisba(String word) {
        for (String ending : nisbaEndings) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** "for" in "cared for the wounded": before "the" and an action word, a preposition of the word as an object. */
    boolean isObjectPreposition(String word) {
        return objectPrepositions.contains(word);
    }

    /** Whether {@code word} is one of {@code indefinite_articles}: "a" in "a third", "a contractor". */
    boolean isIndefiniteArticle(String word) {
        return indefiniteArticles.contains(word);
    }

    /** Whether {@code word} is one of {@code definite_articles}: "the" in "of the", "including the imam". */
    boolean isDefiniteArticle(String word) {
        return definiteArticles.contains(word);
    }

    /** Whether {@code word} is one of {@code one_words}: "one" in "one girl". */
    boolean isOneWord(String word) {
        return oneWords.contains(word);
    }

    /** Whether {@code word} is one of {@code partitive_prepositions}: "of" in "six of the 17", "a third of them". */
    boolean isPartitivePreposition(String word) {
        return partitivePrepositions.contains(word);
    }

    /** Whether {@code word} is one of {@code partitive_pronouns}: "them" in "a dozen of them women". */
    boolean isPartitivePronoun(String word) {
        return partitivePronouns.contains(word);
    }

    /** Whether {@code word} is one of {@code list_words}: "or" after the comma of "a soldier, a farmer, or a boy". */
    boolean isListWord(String word) {
        return listWords.contains(word);
    }

    /** Whether {@code word} ends in one of {@code adverb_endings}: "safely" in "was safely rescued". */
    /**
     * «وأفرجت»، «وقاموا»، «ويقول»: a word (its link read off) that ends as a past verb ({@code verb_endings}) or begins
     * with a verb's prefix ({@code verb_initials}); a noun after the link («وسطاء») does neither.
     */
    boolean looksLikeVerb(String bare) {
        return !bare.isEmpty() && (Affixes.endsWithAny(bare, verbEndings) || Affixes.startsWithAny(bare, verbInitials));
    }

    /** «أمني»، «عسكري»: the ending of a singular adjective of origin or kind ({@code singular_nisba_endings}). */
    boolean hasSingularNisbaEnding(String word) {
        return Affixes.endsWithAny(word, singularNisbaEndings);
    }

    /** «للقوات»، «بالمدينة»: a word with a preposition written onto it ({@code preposition_proclitics}), no adjective. */
    boolean hasPrepositionProclitic(String word) {
        return Affixes.startsWithAny(word, prepositionProclitics);
    }

    /** «لأن»، «كأن»، «فإن»: a proclitic that makes a complementiser's letters another word ({@code not_complementiser_proclitics}). */
    boolean hasNotComplementiserProclitic(String word) {
        return Affixes.startsWithAny(word, notComplementiserProclitics);
    }

    /** The word without its article of {@code article_prefixes}, or the word itself. */
    String withoutArticlePrefix(String word) {
        for (String prefix : articlePrefixes) {
            if (word.startsWith(prefix)) {
                return word.substring(prefix.length());
            }
        }
        return word;
    }

    boolean hasAdverbEnding(String word) {
        return Affixes.endsWithAny(word, adverbEndings);
    }

    /** "to" of "said to be": the speech verb before it tells of the group, which does not speak. */
    boolean isHearsayParticle(String word) {
        return hearsayParticles.contains(word);
    }

    /** How many letters a word {@link #namesPeopleByEnding} reads has before its ending: "lists", "knees" are things. */
    private static final int PERSON_ENDING_MIN_STEM = 3;

    /**
     * Whether {@code word}, in no subject, ends in one of {@code person_endings} with a stem of at least
     * {@link #PERSON_ENDING_MIN_STEM} letters: a noun of people ("seminarians", "evacuees", «نقابيين»), not a short
     * word of things that shares the ending.
     */
    boolean namesPeopleByEnding(String word) {
        if (subject(word) != null || isNotCounted(word)) {
            return false;
        }
        for (String ending : personEndings) {
            if (word.endsWith(ending) && word.length() >= ending.length() + PERSON_ENDING_MIN_STEM) {
                return true;
            }
        }
        return participlePlural(word);
    }

    /** Letters the stem of an accusative singular {@link #namesPeopleInAccusative} reads has at least: قروي، مضرب. */
    private static final int ACCUSATIVE_MIN_STEM = 4;

    /**
     * «١٨ قروياً»، «١٤ مضرباً»: the accusative singular that follows a count of 11 to 99 (the caller checks the count and
     * the tanween), of a word in no subject whose plural {@link #namesPeopleByEnding} reads: a nisba ({@code
     * nisba_endings}' ي: قروي، قرويين) or a participle ({@code participle_prefixes}: مضرب، مضربين), with
     * {@link #ACCUSATIVE_MIN_STEM} letters at least before the alif ({@code accusative_endings}). Not a noun of things of
     * {@code thing_nouns} («١٥ منزلاً»، «١٢ مركباً») nor a feminine (ة، ت).
     */
    boolean namesPeopleInAccusative(String word) {
        String stem = withoutAccusativeEnding(word);
        if (stem == null || stem.length() < ACCUSATIVE_MIN_STEM || subject(word) != null || isNotCounted(word)
                || isNotCounted(stem) || isThingNoun(word) || hasArticlePrefix(stem)) {
            return false;
        }
        char lastLetter = stem.charAt(stem.length() - 1);
        if (lastLetter == TEH || lastLetter == '\u0629' || lastLetter == '\u0649') {
            return false;
        }
        return lastLetter == '\u064A' || participlePrefixes.stream().anyMatch(stem::startsWith);
    }

    /** Letters a participle plural has before its ending at least: مسعف+ين; not مئت+ين، متر+ين. */
    private static final int PARTICIPLE_MIN_STEM = 4;

    /**
     * «مسعفين»، «مسافرين»، «محققين»: an indefinite participle ({@code participle_prefixes}) in the sound plural
     * ({@code participle_endings}), with {@link #PARTICIPLE_MIN_STEM} letters at least before the
     * ending. Not the broken plural مفاعيل of things, whose long ا stands third in six letters (ميادين، ملايين،
     * موازين), nor a feminine dual, whose ة is written ت before the ending (مرحلتين، منطقتين).
     */
    private boolean participlePlural(String word) {
        if (hasArticlePrefix(word)) {
            return false; // «احتجاز عشرات المتسوقين» (dev13-ar-027, a drill): the definite form after a vague count is left out
        }
        String bare = word;
        for (String ending : participleEndings) {
            if (!bare.endsWith(ending) || bare.length() < ending.length() + PARTICIPLE_MIN_STEM) {
                continue;
            }
            String stem = bare.substring(0, bare.length() - ending.length());
            boolean brokenPlural = stem.length() == PARTICIPLE_MIN_STEM && stem.charAt(2) == '\u0627';
            if (!brokenPlural && stem.charAt(stem.length() - 1) != TEH
                    && participlePrefixes.stream().anyMatch(stem::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} ends in one of {@code describing_endings}: "guarding", "aged", "farmers" after "a policeman", "a girl". */
    boolean hasDescribingEnding(String word) {
        return Affixes.endsWithAny(word, describingEndings);
    }

    /** Whether {@code word} opens with one of {@code article_prefixes}: "الشرطي", not "شرطي". */
    boolean hasArticlePrefix(String word) {
        return Affixes.startsWithAny(word, articlePrefixes);
    }

    /** Whether {@code word} is one of {@code part_origin_prepositions}: "من" in "بينهم تسعة من مدينة الخليل". */
    boolean isPartOriginPreposition(String word) {
        return partOriginPrepositions.contains(word);
    }

    /** Whether {@code word} ends in one of {@code oblique_plural_endings}: "المدنيين". */
    boolean hasObliquePluralEnding(String word) {
        return Affixes.endsWithAny(word, obliquePluralEndings);
    }

    /**
     * Whether {@code word} ends in the first of {@code dual_endings}, the nominative (ان), with a stem of two letters at
     * least: the form a dual never takes as the second noun of a construct, where it is genitive (ين).
     */
    boolean hasNominativeDualEnding(String word) {
        if (dualEndings.isEmpty() || word.indexOf(' ') >= 0) {
            return false;
        }
        String nominative = dualEndings.get(0);
        return word.endsWith(nominative) && word.length() >= nominative.length() + 2;
    }

    /** The word without the one of {@code dual_endings} it ends in (رجلان → رجل), with a stem of two letters at least; null for none. */
    private String dualStem(String word) {
        if (word.indexOf(' ') >= 0) {
            return null;
        }
        for (String ending : dualEndings) {
            if (word.endsWith(ending) && word.length() >= ending.length() + 2) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return null;
    }

    /** Whether {@code word} ends in one of {@code dual_pronouns}, a pronoun of two: "حتفهما", "سقوطهما". */
    boolean hasDualPronoun(String word) {
        return Affixes.endsWithAny(word, dualPronouns);
    }

    /**
     * {@code word} without the one of {@code accusative_endings} it ends in («بريطانيا» → «بريطاني»), for a word written
     * with tanween fath; null for none.
     */
    /** «تاجر» → «تاجرا»: the word with the first of {@code accusative_endings}, as the subjects list a singular after 11 to 99; null without one. */
    String withAccusativeEnding(String word) {
        return accusativeEndings.isEmpty() ? null : word + accusativeEndings.get(0);
    }

    String withoutAccusativeEnding(String word) {
        for (String ending : accusativeEndings) {
            if (word.endsWith(ending) && word.length() > ending.length() + 2) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return null;
    }

    /** Whether {@code word} ends in one of {@code feminine_dual_endings}: "الطالبتين". */
    boolean hasFeminineDualEnding(String word) {
        return Affixes.endsWithAny(word, feminineDualEndings);
    }

    /** Whether {@code word} is one of {@code of_them_words}: "منهم" in "ونُقل ثلاثة منهم إلى المستشفى". */
    boolean isOfThemWord(String word) {
        return ofThemWords.contains(word);
    }

    /** Whether {@code word} is one of {@code dating_relatives}: "whose" in "a lawyer whose body was found a week ago". */
    boolean isDatingRelative(String word) {
        return datingRelatives.contains(word);
    }

    boolean isRelativePronoun(String word) {
        return relativePronouns.contains(word);
    }

    boolean isOriginPreposition(String word) {
        return originPrepositions.contains(word);
    }

    boolean isSpecifierPreposition(String word) {
        return specifierPrepositions.contains(word);
    }

    /** "search", «البحث»: a word of a search or rescue the group is the object of ({@code search_words}). */
    boolean isSearchWord(String word) {
        return searchWords.contains(word);
    }

    /** «بعد»، «قبل»: a word that makes the complementiser after it open a time clause ({@code time_conjunctions}). */
    boolean isTimeConjunction(String word) {
        return timeConjunctions.contains(word);
    }

    /** "where": a relative word that opens a clause telling an incident ({@code incident_relatives}). */
    boolean isIncidentRelative(String word) {
        return incidentRelatives.contains(word);
    }

    /**
     * «ضبطتهم» → «ضبطت», «عليهم» → «علي»: the word without a plural object pronoun of {@code resuming_pronouns} written
     * onto it, or null when it ends in none (or is no more than the pronoun and one letter).
     */
    String withoutResumingPronoun(String word) {
        for (String p : resumingPronouns) {
            if (word.length() > p.length() + 1 && word.endsWith(p)) {
                return word.substring(0, word.length() - p.length());
            }
        }
        return null;
    }

    /** «توقيفه», «واعتقالها»: one of {@code held_one_nouns}, with or without a proclitic. */
    boolean isHeldOneNoun(String word) {
        return heldOneNouns.contains(word) || heldOneNouns.contains(withoutProclitic(word));
    }

    /** "that", "أن": a word that opens reported words ({@code complementisers}), with or without its proclitic (وأن). */
    boolean isComplementiser(String word) {
        return inTable(word, complementiserTable);
    }

    /** Whether {@code word} is one of {@code prosecution_words}: "trial", "charges". */
    boolean isProsecutionWord(String word) {
        return prosecutionWords.contains(word);
    }

    /** بتنسيق، بالتعاون: the first word of an aside naming who helped ({@code cooperation_openers}). */
    boolean isCooperationOpener(String word) {
        return inTable(word, cooperationOpenerTable);
    }

    /** يعتقد، يشتبه: the first word of a description of the subject by what it is believed to be ({@code belief_openers}). */
    boolean isBeliefOpener(String word) {
        return inTable(word, beliefOpenerTable);
    }

    /** "during", "aboard": a preposition of a setting, before a share of things ({@code setting_prepositions}). */
    boolean isSettingPreposition(String word) {
        return settingPrepositions.contains(word);
    }

    /** حالة، حالات (cases): the unit of a count a toll reached, each case one person ({@code case_words}). */
    boolean isCaseWord(String word) {
        return inTable(word, caseWordTable);
    }

    /** احتجز، احتُجزوا: a verb of holding that, before a place one is caught in, tells people trapped ({@code trap_verbs}). */
    boolean isTrapVerb(String word) {
        return inTable(word, trapVerbTable);
    }

    /** داخل، في، تحت: a preposition before a place one is caught in ({@code trap_prepositions}). */
    boolean isTrapPreposition(String word) {
        return trapPrepositions.contains(word);
    }

    /** سياراتهم، المصعد، مياه: a place one is caught in, with or without a proclitic ({@code trap_places}). */
    boolean isTrapPlace(String word) {
        return inTable(word, trapPlaceTable);
    }

    /** جثث، جثامين: the bodies of the dead, with or without a proclitic ({@code body_nouns}). */
    boolean isBodyNoun(String word) {
        return inTable(word, bodyNounTable);
    }

    /** "in", "في": a preposition opening the place of an event ({@code place_prepositions}). */
    boolean isPlacePreposition(String word) {
        return placePrepositions.contains(word);
    }

    /** «أصيب»: a passive that takes no object, the verb of a clause of its own ({@code own_subject_passives}). */
    boolean isOwnSubjectPassive(String word) {
        return ownSubjectPassives.contains(word);
    }

    /** "المصاب", "الجريح": the wounded one, an adjective after a definite singular ({@code wounded_ones}). */
    boolean isWoundedOne(String word) {
        return woundedOnes.contains(word);
    }

    /**
     * «ما أسفر», «مما أدى»: the two words that open a clause of what an event led to ({@code result_openers}), given as
     * the two normalised words.
     */
    boolean isResultOpener(String first, String second) {
        return !resultOpeners.isEmpty() && resultOpeners.contains(first + " " + second);
    }

    /** "all but", باستثناء: words that set a count apart from a whole released ({@code excepting}). */
    List<List<String>> excepting() {
        return excepting;
    }

    /** "still", "يزال": a word of a state that lasts ({@code still_words}). */
    boolean isStillWord(String word) {
        return stillWords.contains(word);
    }

    /** "in", "during": a preposition opening a relative clause of place or time with "which" ({@code relative_place_prepositions}). */
    boolean isRelativePlacePreposition(String word) {
        return relativePlacePrepositions.contains(word);
    }

    /** "who", "were", كانوا، قد: a word of a relative clause on a group before its verb ({@code relative_openers}). */
    boolean isRelativeOpener(String word) {
        return relativeOpeners.contains(word);
    }

    /** "of": a preposition between a noun of kinship and a number of its family ({@code family_prepositions}). */
    boolean isFamilyPreposition(String word) {
        return familyPrepositions.contains(word);
    }

    /** «لثلاثة»: a word with one of the {@code family_prepositions} written on it, and more after it. */
    boolean hasFamilyPreposition(String word) {
        return familyPrepositions.stream().anyMatch(p -> word.length() > p.length() + 1 && word.startsWith(p));
    }

    /** "patients", مرضى: a noun of the sick in care ({@code patients}), after any proclitic and article. */
    boolean isPatient(String word) {
        if (patients.contains(word)) {
            return true;
        }
        String bare = withoutProclitic(word);
        for (String article : articlePrefixes) {
            if (bare.length() > article.length() + 2 && bare.startsWith(article) && patients.contains(bare.substring(article.length()))) {
                return true;
            }
        }
        return patients.contains(bare);
    }

    /**
     * «النازحين»: the one-word action noun ({@code position: noun}) a word names with the article written onto it
     * ({@code article_prefixes}), after any proclitic; null when it names none.
     */
    CountRules.ActionRule definiteActionNoun(String word) {
        int n = word.length();
        int bare = hasProclitic(word) ? 1 : 0;
        for (String article : articlePrefixes) {
            if (n - bare > article.length() + 2 && word.startsWith(article, bare)) {
                // the noun after the article, looked up where it stands as actionsStartingWith(noun) reads it:
                // as written, then without a proclitic of its own; no word is cut out (asked of every word of a sentence)
                int noun = bare + article.length();
                CountRules.ActionRule rule = oneWordNoun(actionTable.get(word, noun, n));
                if (rule == null && n - noun > 2 && procliticLetters.indexOf(word.charAt(noun)) >= 0) {
                    rule = oneWordNoun(actionTable.get(word, noun + 1, n));
                }
                if (rule != null) {
                    return rule;
                }
            }
        }
        return null;
    }

    /** The rule of the first phrase of {@code starting} that is one word and a noun ({@code position: noun}), or null. */
    private static CountRules.ActionRule oneWordNoun(Starting starting) {
        if (starting == null) {
            return null;
        }
        for (ActionPhrase p : starting.all()) {
            if (p.words().size() == 1 && p.rule().position() == CountRules.Position.NOUN) {
                return p.rule();
            }
        }
        return null;
    }

    /** "son", "wife": a noun of kinship ({@code relations}). */
    boolean isRelation(String word) {
        return relations.contains(word);
    }

    /** "him": a pronoun only ever the object of a verb ({@code object_pronouns}). */
    boolean isObjectPronoun(String word) {
        return objectPronouns.contains(word);
    }

    /** A verb saying a figure was passed (تجاوز، exceeded), as written or after its proclitic. */
    boolean exceeds(String word) {
        return inTable(word, exceedsTable);
    }

    /** Phrases saying a share of the wounded is still in hospital (remained in hospital, ما زالا في المستشفى). */
    List<List<String>> hospitalStays() {
        return hospitalStays;
    }

    /** {@code discharges}: "غادروا المستشفى" right after a wounded count's noun, patients who left hospital. */
    List<List<String>> discharges() {
        return discharges;
    }

    /** Whether the word is an auxiliary verb (was, had, been). */
    boolean isAuxiliary(String word) {
        return auxiliaries.contains(word);
    }

    /** Phrases of taking money by deceit or theft (استولت على، defrauded): their victims are no dead. */
    List<List<String>> takings() {
        return takings;
    }

    /** Phrases of falling ill after a wounded count (with food poisoning, بتسمم غذائي): patients, no casualty. */
    List<List<String>> illnesses() {
        return illnesses;
    }

    /** Words saying a group came out unhurt ({@code unhurt_words}: unhurt, uninjured): no casualty. */
    List<List<String>> unhurtWords() {
        return unhurtWords;
    }

    /** Reasons for care that are no wound ({@code care_reasons}: for checks, for shock): no casualty. */
    List<List<String>> careReasons() {
        return careReasons;
    }

    /** "colleague": after a possessive, one person of the kind of the person before. */
    boolean isColleague(String word) {
        return colleagues.contains(word);
    }

    /** "زميله", "وزميلته": a colleague word with a possessive suffix (and a proclitic). */
    boolean isColleagueWithPossessive(String word) {
        int from = hasProclitic(word) ? 1 : 0; // the stem is looked up where it stands: asked of every word of a sentence
        int n = word.length();
        for (String suffix : possessiveSuffixes) {
            if (n - from > suffix.length() + 2 && word.endsWith(suffix)) {
                int stemEnd = n - suffix.length();
                if (colleagueTable.contains(word, from, stemEnd) || word.charAt(stemEnd - 1) == TEH
                        && colleagues.contains(norm(word.substring(from, stemEnd - 1) + TEH_MARBUTA))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "another": one more person of the group before. */
    boolean isOneMore(String word) {
        return oneMore.contains(word);
    }

    /** "في", "خلال": a preposition of a count's place or cause ({@code circumstance_prepositions}). */
    boolean isCircumstancePreposition(String word) {
        return inTable(word, circumstancePrepositionTable);
    }

    /** "أم": a singular that counts one only with a linked noun after it ({@code linked_singulars}). */
    boolean isLinkedSingular(String word) {
        return hasProclitic(word) ? linkedSingularTable.contains(word, 1, word.length()) : linkedSingularTable.get(word) != null;
    }

    /** "أحد", "إحدى": one of the plural of people after it ({@code one_of}). */
    boolean isOneOf(String word) {
        return oneOf.contains(word);
    }

    /**
     * The subject rule of a plural noun of people as "أحد" takes it: with the article ("الجنود") or a
     * possessive suffix ("أفرادها", "عناصرها"); null for a singular or no noun of people.
     */
    CountRules.SubjectRule pluralOfOne(String word) {
        if (singulars.get(word) != null) {
            return null;
        }
        CountRules.SubjectRule rule = subject(word);
        if (rule != null) {
            return rule;
        }
        for (String suffix : longestSuffixFirst) {
            if (word.length() > suffix.length() + 2 && word.endsWith(suffix)) {
                String stem = word.substring(0, word.length() - suffix.length());
                CountRules.SubjectRule stemRule = singulars.get(stem) == null ? subject(stem) : null;
                if (stemRule != null) {
                    return stemRule;
                }
            }
        }
        return null;
    }

    /** "both": the plural noun after it counts two. */
    boolean isPair(String word) {
        return pairs.contains(word);
    }

    /** "under", "over": a word that bounds an age after a plural noun of people ({@code age_bounds}). */
    boolean isAgeBound(String word) {
        return ageBounds.contains(word);
    }

    /** "age", "aged": a number soon after it is an age. */
    boolean isAge(String word) {
        return inTable(word, ageTable);
    }

    /** "وكانت": a past auxiliary opening a pluperfect ({@code pluperfects}), with or without a proclitic. */
    boolean isPluperfect(String word) {
        return inTable(word, pluperfectTable);
    }

    /** "he": a pronoun of one person ({@code person_pronouns}). */
    boolean isPersonPronoun(String word) {
        return personPronouns.contains(word);
    }

    /** "قد": the particle closing the subject of a pluperfect ({@code pluperfect_particles}). */
    /** Whether {@code word} is a plural pronoun that takes back a counted group ({@code group_pronouns}: they). */
    boolean isGroupPronoun(String word) {
        return groupPronouns.contains(word);
    }

    boolean isPluperfectParticle(String word) {
        return pluperfectParticles.contains(word);
    }

    /** "were": a passive auxiliary of many ({@code plural_auxiliaries}). */
    boolean isPluralAuxiliary(String word) {
        return pluralAuxiliaries.contains(word);
    }

    /** "الشرطة", "قوات": a body that holds others, no one held ({@code arresting_bodies}), with or without a proclitic. */
    boolean isArrestingBody(String word) {
        return inTable(word, arrestingBodyTable);
    }

    boolean isPossessive(String word) {
        return possessives.contains(word);
    }

    boolean isLink(String word) {
        return links.contains(word);
    }

    /** "was", "were": what makes the word after it a passive ({@code passive_auxiliaries}). */
    boolean isPassiveAuxiliary(String word) {
        return passiveAuxiliaries.contains(word);
    }

    /** "rescued", "freed": a passive that undoes what befell a group ({@code undoing_passives}). */
    boolean undoes(String word) {
        return undoingPassives.contains(word);
    }

    boolean startsWithLink(String word) {
        // "و9" (and 9) is as linked as "وتسع"; other two-letter words are mostly not a link and a stem
        return (word.length() > 2 || word.length() == 2 && Character.isDigit(word.charAt(1)))
                && oneLetterLinks.indexOf(word.charAt(0)) >= 0;
    }

    /**
     * A table of nouns, looked up as written, without the proclitic, without the article, and
     * without both (the forms tried in that order); and which words its entries of two words or
     * more begin with, so that a pair of words is put together only when it may be an entry.
     */
    private final class Nouns<T> {
        private final WordTable<T> table;
        private final WordTable<String> firstWords;

        Nouns(Map<String, T> entries) {
            this.table = WordTable.of(entries);
            Set<String> first = new HashSet<>();
            entries.keySet().stream().filter(k -> k.indexOf(' ') >= 0).forEach(k -> first.add(k.substring(0, k.indexOf(' '))));
            this.firstWords = WordTable.of(first);
        }

        T get(String word) {
            T hit = table.get(word);
            if (hit != null) {
                return hit;
            }
            int n = word.length();
            boolean proclitic = hasProclitic(word);
            if (proclitic && (hit = table.get(word, 1, n)) != null) {
                return hit;
            }
            if (hasArticle(word, 0) && (hit = table.get(word, 2, n)) != null) {
                return hit;
            }
            return proclitic && hasArticle(word, 1) ? table.get(word, 3, n) : null;
        }

        /**
         * False when no entry can be {@code first}, a space and another word, in any form
         * {@link #get} tries: the entry would begin with {@code first} as written, without its
         * proclitic, its article or both (a proclitic or article is read off the pair's first
         * word, which is long enough whatever follows it).
         */
        boolean mayBegin(String first) {
            if (first.isEmpty() || first.indexOf(' ') >= 0) {
                return true; // not one word: let the lookup of the pair decide
            }
            int n = first.length();
            boolean proclitic = procliticLetters.indexOf(first.charAt(0)) >= 0;
            return firstWords.get(first) != null
                    || proclitic && firstWords.contains(first, 1, n)
                    || articleAt(first, 0) && firstWords.contains(first, 2, n)
                    || proclitic && articleAt(first, 1) && firstWords.contains(first, 3, n);
        }
    }

    /** A word in {@code table} as written, without its proclitic, without its article or without both. */
    private boolean nounIn(String word, WordTable<String> table) {
        int n = word.length();
        boolean proclitic = hasProclitic(word);
        return table.get(word) != null
                || proclitic && table.contains(word, 1, n)
                || hasArticle(word, 0) && table.contains(word, 2, n)
                || proclitic && hasArticle(word, 1) && table.contains(word, 3, n);
    }

    /** "به", "بهم": a one-letter proclitic carrying only a pronoun suffix (a preposition with its pronoun). */
    boolean isCliticPronoun(String word) {
        return word.length() >= 2 && procliticLetters.indexOf(word.charAt(0)) >= 0 && possessiveSuffixes.contains(word.substring(1));
    }

    String withoutProclitic(String word) {
        return hasProclitic(word) ? word.substring(1) : word;
    }

    /** Whether {@link #withoutProclitic} reads a proclitic off {@code word}. */
    private boolean hasProclitic(String word) {
        return word.length() > 2 && procliticLetters.indexOf(word.charAt(0)) >= 0;
    }

    /** Whether the word that begins at {@code at} carries the article: "ال" and more than two letters after it. */
    private static boolean hasArticle(String word, int at) {
        return word.length() - at > 3 && articleAt(word, at);
    }

    /**
     * {@code word.startsWith(ARTICLE, at)}, read a char at a time: asked of almost every word of a sentence by several
     * lookups, where the general comparison of two strings cost more than the comparison itself.
     */
    private static boolean articleAt(String word, int at) {
        return at >= 0 && word.length() - at >= 2 && word.charAt(at) == ARTICLE.charAt(0) && word.charAt(at + 1) == ARTICLE.charAt(1);
    }
}
