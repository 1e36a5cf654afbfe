package org.corroborate.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.corroborate.text.Affixes;
import org.corroborate.text.ArabicNormalizer;
import org.corroborate.text.WordTable;

/**
 * The speech words of one language, normalised once and ready to match against tokens: verbs,
 * "according to" words, complementizers, speaker stops, anaphors and objects.
 */
final class Lexicon {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    /** Runs of whitespace between the words of a speaker, compiled once. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Map<String, String> verbs = new HashMap<>();
    private final Set<String> sources = new HashSet<>();
    private final Set<String> complementizers = new HashSet<>();
    private final Set<String> stops = new HashSet<>();
    private final Set<String> anaphors = new HashSet<>();
    private final Set<String> bodyAnaphors = new HashSet<>();
    private final Set<String> commaCalls = new HashSet<>();
    private final Set<String> objects = new HashSet<>();
    private final Set<String> proclitics = new HashSet<>();
    private final Set<String> stopPrefixes = new HashSet<>();
    private final Set<String> heads = new HashSet<>();
    private final Set<String> nameLinks = new HashSet<>();
    private final Set<String> linkStops = new HashSet<>();
    private final Set<String> countSubjectVerbs = new HashSet<>();
    private final Set<String> countClauseSubordinators = new HashSet<>();
    private final Set<String> countClauseTimeWords = new HashSet<>();
    private final Set<String> bodyNameCliticWords = new HashSet<>();
    private final Set<List<String>> generalBodyHeads = new HashSet<>();
    private final List<String> addresseeEndings = new ArrayList<>();
    private final Set<String> documentNouns = new HashSet<>();
    private final Set<String> issueWords = new HashSet<>();
    private final Set<String> issuerPrepositions = new HashSet<>();
    private final Set<String> nounMarkers = new HashSet<>();
    private final Set<String> participles = new HashSet<>();
    private final Set<String> bodyHeads = new HashSet<>();
    private final Set<String> relatives = new HashSet<>();
    private final Set<String> notSources = new HashSet<>();
    private final Set<String> bareClauseVerbs = new HashSet<>();
    private final Set<String> statementTimes = new HashSet<>();
    private final Set<String> ambiguousVerbs = new HashSet<>();
    private final Set<String> addresseeVerbs = new HashSet<>();
    private final Set<String> callVerbs = new HashSet<>();
    private final Set<String> auxiliaries = new HashSet<>();
    private final Set<String> passiveAuxiliaries = new HashSet<>();
    private final Set<String> subjectPronouns = new HashSet<>();
    private final Set<String> subjectTitles = new HashSet<>();
    private final Set<String> genericSpeakers = new HashSet<>();
    private final Set<String> genericStatementVerbs = new HashSet<>();
    private final Set<String> opinionVerbs = new HashSet<>();
    private final Set<String> opinionGroups = new HashSet<>();
    private final Set<String> estimateNouns = new HashSet<>();
    private final Set<String> statementNouns = new HashSet<>();
    /** The statement nouns as the packs write them, for {@link #statementOfBody}, which reads the original text. */
    private final List<String> statementNounsAsWritten = new ArrayList<>();
    private final Set<String> goOnVerbs = new HashSet<>();
    private final Set<String> predicateConjunctions = new HashSet<>();
    private final List<String> frontedParticipleEndings = new ArrayList<>();
    private final Set<String> speakerParticiples = new HashSet<>();
    private final Set<String> contentVerbs = new HashSet<>();
    private final Set<String> contentPrepositions = new HashSet<>();
    private final Set<String> subjectArticles = new HashSet<>();
    private final Set<String> speakerConjunctions = new HashSet<>();
    private final Set<String> accusationPrepositions = new HashSet<>();
    private final Set<String> inChargeWords = new HashSet<>();
    private final Set<String> titleComplements = new HashSet<>();
    private final List<List<String>> countEventPredicates = new ArrayList<>();
    private final List<List<String>> countEventPersonPredicates = new ArrayList<>();
    private final Set<String> countEventDeterminers = new HashSet<>();
    private final List<List<String>> secondClauseOpeners = new ArrayList<>();
    private final Set<String> ownVerbAuxiliaries = new HashSet<>();
    private final List<List<String>> countDetailVerbs = new ArrayList<>();
    private final List<List<String>> factPredicates = new ArrayList<>();
    private final Set<String> addresseeClitics = new HashSet<>();
    private final List<List<String>> clauseOpeningPhrases = new ArrayList<>();
    private final List<String> articlePrefixes = new ArrayList<>();
    private final List<String> nameInnerWords = new ArrayList<>();
    private final List<String> pastParticipleEndings = new ArrayList<>();
    private final Set<String> relayPrepositions = new HashSet<>();
    private final Set<String> sourceRelatives = new HashSet<>();
    private final Set<String> sourcePronouns = new HashSet<>();
    private final Set<String> plannedRelatives = new HashSet<>();
    private final Set<String> relativeSources = new HashSet<>();
    private final Set<String> fusedSources = new HashSet<>();
    private final Set<String> sameWords = new HashSet<>();
    private final Set<String> resumptivePronouns = new HashSet<>();
    private final List<List<String>> nameIntroducers = new ArrayList<>();
    private final Set<String> countNouns = new HashSet<>();
    /**
     * The {@code prepositional_verbs} of two and three words by their first word, then their second ("added" → "to" of
     * "added to"): most verbs open none, and are turned away by one lookup of the word; one that does is looked up word by
     * word, without a new list of two or three words to hash.
     */
    private final Map<String, Map<String, PrepositionalRest>> prepositionalVerbs = new HashMap<>();
    private final List<List<String>> refusals = new ArrayList<>();
    private final Set<String> withheldVerbs = new HashSet<>();
    private final Set<String> deathVerbs = new HashSet<>();
    private final Set<String> announcementTimes = new HashSet<>();
    private final Set<String> confirmedCountVerbs = new HashSet<>();
    private final Set<String> announcedClauseEnds = new HashSet<>();
    private final Set<String> nameHeads = new HashSet<>();
    private final Set<String> openingNegations = new HashSet<>();
    private final Set<String> openingAuxiliaries = new HashSet<>();
    private final Set<String> tagBreaks = new HashSet<>();
    private final Set<String> describedRelatives = new HashSet<>();
    private final Set<String> objectPronounVerbs = new HashSet<>();
    private final Set<String> countNounParticiples = new HashSet<>();
    private final Set<String> countNounPrepositions = new HashSet<>();
    private final Set<String> asDescribingVerbs = new HashSet<>();
    private final Set<String> announcedNouns = new HashSet<>();
    private final List<String> nounSuffixes = new ArrayList<>();
    private final Set<String> toldObjects = new HashSet<>();
    private final Set<String> figureObjectVerbs = new HashSet<>();
    private final Set<String> figureUnits = new HashSet<>();
    private final Set<String> figureObjectFollowers = new HashSet<>();
    private final Set<String> warningVerbs = new HashSet<>();
    private final Set<String> warningPrepositions = new HashSet<>();
    private final Set<String> forecasters = new HashSet<>();
    private final Set<String> necessityNouns = new HashSet<>();
    /** {@code statement_complementizers}, as written: أن and إن fold to one spelling, and only one of them may stand here. */
    private final Set<String> statementComplementizers = new HashSet<>();
    private final List<String> adverbEndings = new ArrayList<>();
    private final Set<String> nounObjectParticiples = new HashSet<>();
    private final Set<String> nameStops = new HashSet<>();
    private final Set<String> anonymityWords = new HashSet<>();
    private final Set<String> varyingVerbs = new HashSet<>();
    /** The {@code name_stops} as written, before normalisation folds them into a stop word (علي, not على). */
    private final Set<String> writtenNameStops = new HashSet<>();
    private final Set<String> addresseeNouns = new HashSet<>();
    private final Set<String> announcedPrepositions = new HashSet<>();
    private final Set<String> announcementDays = new HashSet<>();
    private final Set<String> notAnnouncedObjects = new HashSet<>();
    private final List<String> verbalNounShapes = new ArrayList<>();
    private final Pattern verbalNounShape;
    private final List<String> objectShapes = new ArrayList<>();
    private final List<String> standIns = new ArrayList<>();
    private final Pattern objectShape;
    private final Pattern standIn;
    private final Set<String> callObjects = new HashSet<>();
    private final Set<String> indefiniteArticles = new HashSet<>();
    private final Set<String> nounClauseOpeners = new HashSet<>();
    private final Set<String> goOnParticles = new HashSet<>();
    private final Set<String> descriptionMarkers = new HashSet<>();
    private final Set<String> namingParticiples = new HashSet<>();
    private final Set<String> asClauseVerbs = new HashSet<>();
    private final Set<String> asClauseVerbFollowers = new HashSet<>();
    private final Set<String> orderMarkers = new HashSet<>();
    private final Set<String> clauseLinks = new HashSet<>();
    private final Set<String> sourceLinks = new HashSet<>();
    private final Set<String> mediumPrepositions = new HashSet<>();
    private final Set<String> personPronouns = new HashSet<>();
    private final Set<String> bodyPronouns = new HashSet<>();
    private final Set<String> pluralPronouns = new HashSet<>();
    private final Set<String> personNouns = new HashSet<>();
    private final Set<String> bodyNouns = new HashSet<>();
    private final List<String> pluralEndings = new ArrayList<>();
    private final Set<String> headPrepositions = new HashSet<>();
    private final List<String> feminineVerbSuffixes = new ArrayList<>();
    private final List<String> feminineVerbPrefixes = new ArrayList<>();
    private final List<String> masculineVerbPrefixes = new ArrayList<>();
    private final List<String> feminineEndings = new ArrayList<>();
    private final Set<String> feminineNouns = new HashSet<>();
    private final Set<String> masculineNouns = new HashSet<>();
    private final Set<String> eitherGenderNouns = new HashSet<>();
    /**
     * The clitic letters (Arabic; English lists none): {@code body_clitics} (ل) and {@code body_clitic_articles}
     * (لل) as the packs write them, since {@link #statementOfBody} reads them in the original text too;
     * {@code in_charge_clitics} and {@code description_clitics} (ب).
     */
    private final List<String> bodyClitics = new ArrayList<>();
    private final List<String> bodyCliticArticles = new ArrayList<>();
    private final List<String> inChargeClitics = new ArrayList<>();
    private final List<String> descriptionClitics = new ArrayList<>();
    /** The first of the {@code article_prefixes} as the packs write it: what a body clitic with the article drops (لل → ال). */
    private String articleAsWritten = "";
    private final List<List<String>> addressees = new ArrayList<>();
    private final List<List<String>> statementCircumstances = new ArrayList<>();
    private final List<List<String>> perfectObjectVerbs = new ArrayList<>();
    private final List<List<String>> statementSources = new ArrayList<>();
    /** The statement-source phrases by their first word, in the packs' order. */
    private final Map<String, List<List<String>>> statementSourcesByFirst = new java.util.HashMap<>();
    private final List<List<String>> namedSources = new ArrayList<>();
    /** The longest word of each statement source phrase ("statement"): mostly a rarer one than its first ("a"). */
    private final Set<String> statementSourceMarks = new HashSet<>();

    Lexicon(List<SpeechRules> files) {
        for (SpeechRules file : files) {
            file.verbs().forEach(group -> group.words().forEach(w -> verbs.put(norm(w), group.id())));
            file.sources().forEach(group -> group.words().forEach(w -> sources.add(norm(w))));
            file.complementizers().forEach(w -> complementizers.add(norm(w)));
            file.speakerStops().forEach(w -> stops.add(norm(w)));
            file.anaphors().forEach(w -> anaphors.add(norm(w)));
            file.bodyAnaphors().forEach(w -> bodyAnaphors.add(norm(w)));
            file.commaCalls().forEach(w -> commaCalls.add(norm(w)));
            file.objects().forEach(w -> objects.add(norm(w)));
            file.proclitics().forEach(w -> proclitics.add(norm(w)));
            file.stopPrefixes().forEach(w -> stopPrefixes.add(norm(w)));
            file.speakerHeads().forEach(w -> heads.add(norm(w)));
            file.nameLinks().forEach(w -> nameLinks.add(norm(w)));
            file.linkStops().forEach(w -> linkStops.add(norm(w)));
            file.countSubjectVerbs().forEach(w -> countSubjectVerbs.add(norm(w)));
            file.countClauseSubordinators().forEach(w -> countClauseSubordinators.add(norm(w)));
            file.countClauseTimeWords().forEach(w -> countClauseTimeWords.add(norm(w)));
            file.bodyNameCliticWords().forEach(w -> bodyNameCliticWords.add(norm(w)));
            file.generalBodyHeads().forEach(h -> generalBodyHeads.add(List.of(norm(h).split("\\s+"))));
            file.addresseeEndings().forEach(e -> addresseeEndings.add(norm(e)));
            file.documentNouns().forEach(w -> documentNouns.add(norm(w)));
            file.issueWords().forEach(w -> issueWords.add(norm(w)));
            file.issuerPrepositions().forEach(w -> issuerPrepositions.add(norm(w)));
            file.nounMarkers().forEach(w -> nounMarkers.add(norm(w)));
            file.participles().forEach(w -> participles.add(norm(w)));
            file.bodyHeads().forEach(w -> bodyHeads.add(norm(w)));
            file.relatives().forEach(w -> relatives.add(norm(w)));
            file.notSources().forEach(w -> notSources.add(norm(w)));
            file.bareClauseVerbs().forEach(w -> bareClauseVerbs.add(norm(w)));
            file.statementTimes().forEach(w -> statementTimes.add(norm(w)));
            file.ambiguousVerbs().forEach(w -> ambiguousVerbs.add(norm(w)));
            file.addresseeVerbs().forEach(w -> addresseeVerbs.add(norm(w)));
            file.callVerbs().forEach(w -> callVerbs.add(norm(w)));
            file.auxiliaries().forEach(w -> auxiliaries.add(norm(w)));
            file.passiveAuxiliaries().forEach(w -> passiveAuxiliaries.add(norm(w)));
            file.subjectPronouns().forEach(w -> subjectPronouns.add(norm(w)));
            file.subjectTitles().forEach(w -> subjectTitles.add(norm(w)));
            file.genericSpeakers().forEach(w -> genericSpeakers.add(norm(w)));
            file.genericStatementVerbs().forEach(w -> genericStatementVerbs.add(norm(w)));
            file.opinionVerbs().forEach(w -> opinionVerbs.add(norm(w)));
            file.opinionGroups().forEach(w -> opinionGroups.add(norm(w)));
            file.estimateNouns().forEach(w -> estimateNouns.add(norm(w)));
            file.statementNouns().forEach(w -> statementNouns.add(norm(w)));
            file.statementNouns().forEach(w -> statementNounsAsWritten.add(w.strip()));
            file.goOnVerbs().forEach(w -> goOnVerbs.add(norm(w)));
            file.predicateConjunctions().forEach(w -> predicateConjunctions.add(norm(w)));
            file.frontedParticipleEndings().forEach(w -> frontedParticipleEndings.add(norm(w)));
            file.speakerParticiples().forEach(w -> speakerParticiples.add(norm(w)));
            file.contentVerbs().forEach(w -> contentVerbs.add(norm(w)));
            file.contentPrepositions().forEach(w -> contentPrepositions.add(norm(w)));
            file.subjectArticles().forEach(w -> subjectArticles.add(norm(w)));
            file.speakerConjunctions().forEach(w -> speakerConjunctions.add(norm(w)));
            file.accusationPrepositions().forEach(w -> accusationPrepositions.add(norm(w)));
            file.inChargeWords().forEach(w -> inChargeWords.add(norm(w)));
            file.titleComplements().forEach(w -> titleComplements.add(norm(w)));
            file.countEventPredicates().forEach(p -> countEventPredicates.add(List.of(norm(p).split("\\s+"))));
            file.countEventPersonPredicates().forEach(p -> countEventPersonPredicates.add(List.of(norm(p).split("\\s+"))));
            file.countEventDeterminers().forEach(w -> countEventDeterminers.add(norm(w)));
            file.secondClauseOpeners().forEach(p -> secondClauseOpeners.add(List.of(norm(p).split("\\s+"))));
            file.ownVerbAuxiliaries().forEach(w -> ownVerbAuxiliaries.add(norm(w)));
            file.countDetailVerbs().forEach(p -> countDetailVerbs.add(List.of(norm(p).split("\\s+"))));
            file.factPredicates().forEach(p -> factPredicates.add(List.of(norm(p).split("\\s+"))));
            file.addresseeClitics().forEach(w -> addresseeClitics.add(norm(w)));
            file.clauseOpeningPhrases().forEach(p -> clauseOpeningPhrases.add(List.of(norm(p).split("\\s+"))));
            file.articlePrefixes().forEach(w -> articlePrefixes.add(norm(w)));
            file.nameInnerWords().forEach(w -> nameInnerWords.add(norm(w)));
            file.pastParticipleEndings().forEach(w -> pastParticipleEndings.add(norm(w)));
            file.relayPrepositions().forEach(w -> relayPrepositions.add(norm(w)));
            file.sourceRelatives().forEach(w -> sourceRelatives.add(norm(w)));
            file.sourcePronouns().forEach(w -> sourcePronouns.add(norm(w)));
            file.plannedRelatives().forEach(w -> plannedRelatives.add(norm(w)));
            file.relativeSources().forEach(w -> relativeSources.add(norm(w)));
            file.sameWords().forEach(w -> sameWords.add(norm(w)));
            file.resumptivePronouns().forEach(w -> resumptivePronouns.add(norm(w)));
            file.nameIntroducers().forEach(w -> nameIntroducers.add(List.of(norm(w).split("\\s+"))));
            file.countNouns().forEach(w -> countNouns.add(norm(w)));
            file.callObjects().forEach(w -> callObjects.add(norm(w)));
            file.prepositionalVerbs().forEach(p -> {
                List<String> words = List.of(norm(p).split("\\s+"));
                if (words.size() == 2 || words.size() == 3) {
                    PrepositionalRest rest = prepositionalVerbs.computeIfAbsent(words.get(0), w -> new HashMap<>())
                            .computeIfAbsent(words.get(1), w -> new PrepositionalRest());
                    if (words.size() == 2) {
                        rest.alone = true;
                    } else {
                        rest.thirds.add(words.get(2));
                    }
                }
            });
            file.refusals().forEach(p -> refusals.add(List.of(norm(p).split("\\s+"))));
            file.withheldVerbs().forEach(w -> withheldVerbs.add(norm(w)));
            file.deathVerbs().forEach(w -> deathVerbs.add(norm(w)));
            file.announcementTimes().forEach(w -> announcementTimes.add(norm(w)));
            file.confirmedCountVerbs().forEach(w -> confirmedCountVerbs.add(norm(w)));
            file.announcedClauseEnds().forEach(w -> announcedClauseEnds.add(norm(w)));
            file.nameHeads().forEach(w -> nameHeads.add(norm(w)));
            file.openingNegations().forEach(w -> openingNegations.add(norm(w)));
            file.openingAuxiliaries().forEach(w -> openingAuxiliaries.add(norm(w)));
            file.tagBreaks().forEach(w -> tagBreaks.add(norm(w)));
            file.describedRelatives().forEach(w -> describedRelatives.add(norm(w)));
            file.objectPronounVerbs().forEach(w -> objectPronounVerbs.add(norm(w)));
            file.countNounParticiples().forEach(w -> countNounParticiples.add(norm(w)));
            file.countNounPrepositions().forEach(w -> countNounPrepositions.add(norm(w)));
            file.asDescribingVerbs().forEach(w -> asDescribingVerbs.add(norm(w)));
            file.announcedNouns().forEach(w -> announcedNouns.add(norm(w)));
            file.nounSuffixes().forEach(w -> nounSuffixes.add(norm(w)));
            file.toldObjects().forEach(w -> toldObjects.add(norm(w)));
            file.figureObjectVerbs().forEach(w -> figureObjectVerbs.add(norm(w)));
            file.figureUnits().forEach(w -> figureUnits.add(norm(w)));
            file.figureObjectFollowers().forEach(w -> figureObjectFollowers.add(norm(w)));
            file.warningVerbs().forEach(w -> warningVerbs.add(norm(w)));
            file.warningPrepositions().forEach(w -> warningPrepositions.add(norm(w)));
            file.forecasters().forEach(w -> forecasters.add(norm(w)));
            file.necessityNouns().forEach(w -> necessityNouns.add(norm(w)));
            file.statementComplementizers().forEach(w -> statementComplementizers.add(w.strip()));
            file.adverbEndings().forEach(w -> adverbEndings.add(norm(w)));
            file.nounObjectParticiples().forEach(w -> nounObjectParticiples.add(norm(w)));
            file.nameStops().forEach(w -> nameStops.add(norm(w)));
            file.anonymityWords().forEach(w -> anonymityWords.add(norm(w)));
            file.varyingVerbs().forEach(w -> varyingVerbs.add(norm(w)));
            file.nameStops().forEach(w -> writtenNameStops.add(w.strip()));
            file.addresseeNouns().forEach(w -> addresseeNouns.add(norm(w)));
            file.announcedPrepositions().forEach(w -> announcedPrepositions.add(norm(w)));
            file.announcementDays().forEach(w -> announcementDays.add(norm(w)));
            file.notAnnouncedObjects().forEach(w -> notAnnouncedObjects.add(norm(w)));
            file.verbalNounShapes().forEach(w -> verbalNounShapes.add(norm(w)));
            file.objectShapes().forEach(w -> objectShapes.add(norm(w)));
            file.standIns().forEach(w -> standIns.add(w.strip().toLowerCase(Locale.ROOT)));
            file.indefiniteArticles().forEach(w -> indefiniteArticles.add(norm(w)));
            file.nounClauseOpeners().forEach(w -> nounClauseOpeners.add(norm(w)));
            file.goOnParticles().forEach(w -> goOnParticles.add(norm(w)));
            file.descriptionMarkers().forEach(w -> descriptionMarkers.add(norm(w)));
            file.namingParticiples().forEach(w -> namingParticiples.add(norm(w)));
            file.asClauseVerbs().forEach(w -> asClauseVerbs.add(norm(w)));
            file.asClauseVerbFollowers().forEach(w -> asClauseVerbFollowers.add(norm(w)));
            file.orderMarkers().forEach(w -> orderMarkers.add(norm(w)));
            file.clauseLinks().forEach(w -> clauseLinks.add(norm(w)));
            file.sourceLinks().forEach(w -> sourceLinks.add(norm(w)));
            file.mediumPrepositions().forEach(w -> mediumPrepositions.add(norm(w)));
            file.personPronouns().forEach(w -> personPronouns.add(norm(w)));
            file.bodyPronouns().forEach(w -> bodyPronouns.add(norm(w)));
            file.pluralPronouns().forEach(w -> pluralPronouns.add(norm(w)));
            file.personNouns().forEach(w -> personNouns.add(norm(w)));
            file.bodyNouns().forEach(w -> bodyNouns.add(norm(w)));
            file.pluralEndings().forEach(w -> pluralEndings.add(norm(w)));
            file.headPrepositions().forEach(w -> headPrepositions.add(norm(w)));
            file.feminineVerbSuffixes().forEach(w -> feminineVerbSuffixes.add(norm(w)));
            file.feminineVerbPrefixes().forEach(w -> feminineVerbPrefixes.add(norm(w)));
            file.masculineVerbPrefixes().forEach(w -> masculineVerbPrefixes.add(norm(w)));
            file.feminineEndings().forEach(w -> feminineEndings.add(norm(w)));
            file.feminineNouns().forEach(w -> feminineNouns.add(norm(w)));
            file.masculineNouns().forEach(w -> masculineNouns.add(norm(w)));
            file.eitherGenderNouns().forEach(w -> eitherGenderNouns.add(norm(w)));
            file.bodyClitics().forEach(w -> bodyClitics.add(w.strip()));
            file.bodyCliticArticles().forEach(w -> bodyCliticArticles.add(w.strip()));
            file.inChargeClitics().forEach(w -> inChargeClitics.add(norm(w)));
            file.descriptionClitics().forEach(w -> descriptionClitics.add(norm(w)));
            if (articleAsWritten.isEmpty() && !file.articlePrefixes().isEmpty()) {
                articleAsWritten = file.articlePrefixes().get(0).strip();
            }
            file.addressees().forEach(p -> addressees.add(List.of(norm(p).split("\\s+"))));
            file.statementCircumstances().forEach(p -> statementCircumstances.add(List.of(norm(p).split("\\s+"))));
            file.perfectObjectVerbs().forEach(p -> perfectObjectVerbs.add(List.of(norm(p).split("\\s+"))));
            file.statementSources().forEach(p -> statementSources.add(List.of(norm(p).split("\\s+"))));
            file.namedSources().forEach(p -> namedSources.add(List.of(norm(p).split("\\s+"))));
        }
        standIn = standIns.isEmpty() ? null : Pattern.compile("(?:" + String.join("|",
                standIns.stream().map(shape -> WordShapes.regex(shape, '*', "[\\p{L}\\p{N}]+")).toList()) + ")");
        objectShape = objectShapes.isEmpty() ? null : Pattern.compile("(?:" + String.join("|",
                objectShapes.stream().map(this::shapeRegex).toList()) + ")");
        verbalNounShape = verbalNounShapes.isEmpty() ? null : Pattern.compile("(?:" + String.join("|",
                verbalNounShapes.stream().map(this::shapeRegex).toList()) + ")");
        statementSources.forEach(phrase -> statementSourceMarks.add(
                phrase.stream().max(Comparator.comparingInt(String::length)).orElseThrow()));
        statementSources.forEach(phrase -> statementSourcesByFirst.computeIfAbsent(phrase.get(0),
                w -> new ArrayList<>()).add(phrase));
        this.statementOfBody = statementOfBody(statementNounsAsWritten, bodyCliticArticles, bodyClitics);
        this.leadingArticle = leadingArticle(subjectArticles);
        this.article = article(articlePrefixes, subjectArticles);
        this.capitalisedName = capitalisedName(nameInnerWords);
        this.procliticLetters = oneLetter(proclitics);
        this.stopPrefixLetters = oneLetter(stopPrefixes);
        relativeSources.forEach(w -> sourceRelatives.forEach(r -> fusedSources.add(w + r)));
        sources.addAll(relativeSources);
        sources.addAll(fusedSources);
        this.verbTable = WordTable.of(verbs);
        this.sourceTable = WordTable.of(sources);
        this.complementizerTable = WordTable.of(complementizers);
        this.stopTable = WordTable.of(stops);
        this.objectTable = WordTable.of(objects);
        this.headTable = WordTable.of(heads);
        this.participleTable = WordTable.of(participles);
        Map<String, Speech> speech = new HashMap<>();
        verbs.forEach((w, group) -> speech.put(w, new Speech(group, sources.contains(w), statementSourceMarks.contains(w))));
        sources.forEach(w -> speech.putIfAbsent(w, new Speech(null, true, statementSourceMarks.contains(w))));
        statementSourceMarks.forEach(w -> speech.putIfAbsent(w, new Speech(null, false, true)));
        this.speechTable = WordTable.of(speech);
    }

    // The tables the per-token lookups read, built once from the sets above: WordTable finds a word
    // without its proclitic where it stands, without a substring for it.
    /** The proclitics, and the stop prefixes, of one letter: only those are read off a word. */
    private final String procliticLetters;
    private final String stopPrefixLetters;
    private final WordTable<String> verbTable;
    private final WordTable<String> sourceTable;
    private final WordTable<String> complementizerTable;
    private final WordTable<String> stopTable;
    private final WordTable<String> objectTable;
    private final WordTable<String> headTable;
    private final WordTable<String> participleTable;
    /** {@link #verbTable}, {@link #sourceTable} and {@link #statementSourceMarks} in one: what {@link #speech} reads of a word in one lookup. */
    private final WordTable<Speech> speechTable;

    /** {@link #leadingArticle()}, {@link #article()} and {@link #capitalisedName()}, made once from the packs. */
    private final Pattern leadingArticle;
    private final Pattern article;
    private final Pattern capitalisedName;

    /**
     * A {@code subject_articles} word and the spaces after it opening a speaker as written, in any case
     * ("The ministry" → "ministry"); null when the packs list none (Arabic).
     */
    Pattern leadingArticle() {
        return leadingArticle;
    }

    /**
     * An article opening a normalised speaker: one of the {@code article_prefixes} (ال) or a
     * {@code subject_articles} word and the spaces after it ("the "); null when the packs list none.
     */
    Pattern article() {
        return article;
    }

    /**
     * Runs of capitalised words, with the {@code name_inner_words} (of, for, and, the) inside:
     * "Sahel Relief Alliance", "Ministry of Health".
     */
    Pattern capitalisedName() {
        return capitalisedName;
    }

    /** Whether {@code word} opens with one of the {@code article_prefixes}: "الوزارة", not "وزارة". */
    boolean hasArticlePrefix(String word) {
        return Affixes.startsWithAny(word, articlePrefixes);
    }

    /** Whether {@code word} ends in one of the {@code past_participle_endings}: "founded" in "The group, founded in 2011, said". */
    boolean hasPastParticipleEnding(String word) {
        return Affixes.endsWithAny(word, pastParticipleEndings);
    }

    /**
     * Whether {@code written} (a word as written) opens an aside set off by commas: a relative pronoun ("who",
     * "الذي"), or, when {@code participle}, a past participle ({@link #isPastParticiple}). The quote finder's aside test; the attributions
     * ask only for the relative pronoun ({@code Attributions.asideAfter}).
     */
    boolean opensAside(String written, boolean participle) {
        return isRelative(norm(written)) || participle && isPastParticiple(written);
    }

    /**
     * "The group, founded in 2011, said …", "The council, elected in 2019, said …": a lower-case word of more than
     * four letters with one of the {@code past_participle_endings}, which opening an aside describes a noun like a
     * relative clause.
     */
    boolean isPastParticiple(String written) {
        return written.length() > 4 && hasPastParticipleEnding(written) && Character.isLowerCase(written.charAt(0));
    }

    private static Pattern leadingArticle(Set<String> articles) {
        if (articles.isEmpty()) {
            return null;
        }
        java.util.StringJoiner words = new java.util.StringJoiner("|", "(?i)^(?:", ")\\s+");
        articles.stream().sorted().forEach(a -> words.add(Pattern.quote(a)));
        return Pattern.compile(words.toString());
    }

    private static Pattern article(List<String> prefixes, Set<String> articles) {
        if (prefixes.isEmpty() && articles.isEmpty()) {
            return null;
        }
        java.util.StringJoiner alternatives = new java.util.StringJoiner("|", "^(", ")");
        prefixes.forEach(p -> alternatives.add(Pattern.quote(p)));
        articles.stream().sorted().forEach(a -> alternatives.add(Pattern.quote(a) + "\\s+"));
        return Pattern.compile(alternatives.toString());
    }

    private static Pattern capitalisedName(List<String> innerWords) {
        String word = "\\p{Lu}[\\p{L}'’-]*";
        if (innerWords.isEmpty()) {
            return Pattern.compile(word + "(?:\\s+" + word + ")*");
        }
        java.util.StringJoiner inner = new java.util.StringJoiner("|", "(?:(?:", ")\\s+)?");
        innerWords.forEach(w -> inner.add(Pattern.quote(w)));
        return Pattern.compile(word + "(?:\\s+" + inner + word + ")*");
    }

    /** {@link #statementOfBody()}, made once from the statement nouns; null when the packs list none. */
    private final Pattern statementOfBody;

    /**
     * "بيان للجيش", "بياناً لمديرية الصحة" as a speaker in the original text: one of the statement
     * nouns (one ending in alef also with the tanween fatha after it, as "بياناً" is written), a
     * space, one of the {@code body_clitic_articles} (لل) or {@code body_clitics} (ل) and the body's
     * name in group 1. Null when the packs list no statement nouns or body clitics (English).
     */
    Pattern statementOfBody() {
        return statementOfBody;
    }

    private static Pattern statementOfBody(List<String> nouns, List<String> cliticArticles, List<String> clitics) {
        if (nouns.isEmpty() || clitics.isEmpty()) {
            return null;
        }
        // the clitic with the article first: "للجيش" is the army's, not ل + "لجيش"
        java.util.StringJoiner clitic = new java.util.StringJoiner("|", "(?:", ")");
        cliticArticles.forEach(c -> clitic.add(Pattern.quote(c)));
        clitics.forEach(c -> clitic.add(Pattern.quote(c)));
        java.util.StringJoiner alternatives = new java.util.StringJoiner("|", "^(?:", ") " + clitic + "(\\p{L}.*)$");
        for (String noun : nouns) {
            alternatives.add(Pattern.quote(noun));
            if (noun.endsWith("\u0627")) {
                alternatives.add(Pattern.quote(noun + "\u064B")); // "بياناً"
            }
        }
        return Pattern.compile(alternatives.toString());
    }

    private static String oneLetter(Set<String> words) {
        StringBuilder out = new StringBuilder();
        words.stream().filter(w -> w.length() == 1).forEach(out::append);
        return out.toString();
    }

    /** Whether {@code word} is one of {@code estimate_nouns}: "تقديرات" in "بحسب تقديرات أولية لوزارة الزراعة". */
    boolean isEstimateNoun(String word) {
        return estimateNouns.contains(word);
    }

    /** Whether {@code word} is one of {@code statement_nouns}: "بيان" in "وقال بيان للجيش إن …". */
    boolean isStatementNoun(String word) {
        return statementNouns.contains(word);
    }

    /** Whether {@code word} is one of {@code statement_nouns} with its article or without ("البيان", "بيان"). */
    boolean isStatementNounWithArticle(String word) {
        return isStatementNoun(word) || article != null && isStatementNoun(article.matcher(word).replaceFirst(""));
    }

    /** Whether {@code word} is one of {@code go_on_verbs}: "went" in "She went on to say that …". */
    boolean isGoOnVerb(String word) {
        return goOnVerbs.contains(word);
    }

    /** Whether {@code word} is one of {@code predicate_conjunctions}: "and" in "… and was …" between two quotations. */
    boolean isPredicateConjunction(String word) {
        return predicateConjunctions.contains(word);
    }

    /** Whether {@code word} ends in one of {@code fronted_participle_endings}: "speaking" in "Speaking to reporters, he said". */
    boolean isFrontedParticiple(String word) {
        return Affixes.endsWithAny(word, frontedParticipleEndings);
    }

    /** Whether {@code word} is one of {@code speaker_participles}: "speaking" in "…, the minister said, speaking at …". */
    boolean isSpeakerParticiple(String word) {
        return speakerParticiples.contains(word);
    }

    /** Whether {@code word}, with or without its proclitic, is one of {@code content_verbs}: "وجاء" in «وجاء في البيان أن …». */
    boolean isContentVerb(String word) {
        return contentVerbs.contains(word) || contentVerbs.contains(withoutProclitic(word));
    }

    /** Whether {@code word} is one of {@code content_prepositions}: "في" in «وجاء في البيان أن …». */
    boolean isContentPreposition(String word) {
        return contentPrepositions.contains(word);
    }

    /** Whether {@code word} is one of {@code subject_articles}: "the" opening "the prime minister called …". */
    boolean isSubjectArticle(String word) {
        return subjectArticles.contains(word);
    }

    /** Whether {@code word} is one of {@code speaker_conjunctions}: "and" in "…, and aid groups said". */
    boolean isSpeakerConjunction(String word) {
        return speakerConjunctions.contains(word);
    }

    /** Whether {@code word} is a verb of a group whose id ends in {@code .accuse}: "accused", a speech verb only before "of" and a quotation. */
    boolean isAccusationVerb(String word) {
        return accusesGroup(verb(word));
    }

    /** Whether {@code word} is one of {@code accusation_prepositions}: the "of" in "accused the army of “…”". */
    boolean isAccusationPreposition(String word) {
        return accusationPrepositions.contains(word);
    }

    /** Whether {@code word} is one of {@code relay_prepositions}: "عن" in "نقلت الوكالة عن …". */
    boolean isRelayPreposition(String word) {
        return relayPrepositions.contains(word);
    }

    /** Whether {@code word} is one of {@code source_relatives}: "ما" in "بحسب ما أكده X". */
    boolean isSourceRelative(String word) {
        return sourceRelatives.contains(word);
    }

    /** Whether {@code word} is one of the {@code call_objects}: whom a call is made to (المواطنين، الحكومة). */
    boolean isCallObject(String word) {
        return callObjects.contains(word);
    }

    /**
     * "الت??ي?" → {@code \Qالت\E[\p{L}&&[^ة]]…}: {@code ?} stands for one letter that is no one-letter feminine ending
     * ("التركية" is an adjective's feminine, no verbal noun).
     */
    private String shapeRegex(String shape) {
        StringBuilder endings = new StringBuilder();
        feminineEndings.stream().filter(e -> e.length() == 1).forEach(endings::append);
        return WordShapes.regex(shape, '?', endings.isEmpty() ? "\\p{L}" : "[\\p{L}&&[^" + endings + "]]");
    }

    /** Whether {@code word} (normalised) has one of the {@code object_shapes}: a noun that is no adjective (التقرير). */
    boolean hasObjectShape(String word) {
        return objectShape != null && objectShape.matcher(word).matches();
    }

    /** Whether {@code speaker} (normalised) is one of the {@code stand_ins}: "the 24-year-old", "the mother of three". */
    boolean isStandIn(String speaker) {
        return standIn != null && standIn.matcher(speaker).matches();
    }

    /** The {@code refusals} ("declined to", "would not"), each as its normalised words. */
    List<List<String>> refusals() {
        return refusals;
    }

    /** Whether {@code word} is one of the {@code death_verbs} ("died", "drowned"). */
    boolean isDeathVerb(String word) {
        return deathVerbs.contains(word);
    }

    /** Whether {@code word} is one of the {@code withheld_verbs} ("say", "name") a refusal ends on. */
    boolean isWithheldVerb(String word) {
        return withheldVerbs.contains(word);
    }

    /** Whether {@code verb} and the word after it are one of the {@code prepositional_verbs} ("added to"). */
    boolean isPrepositionalVerb(String verb, String next) {
        Map<String, PrepositionalRest> seconds = prepositionalVerbs.get(verb);
        PrepositionalRest rest = seconds == null ? null : seconds.get(next);
        return rest != null && rest.alone;
    }

    /** As {@link #isPrepositionalVerb(String, String)}, or a phrase of three words ("claimed the attack"). */
    boolean isPrepositionalVerb(String verb, String next, String third) {
        Map<String, PrepositionalRest> seconds = prepositionalVerbs.get(verb);
        PrepositionalRest rest = seconds == null ? null : seconds.get(next);
        return rest != null && (rest.alone || third != null && rest.thirds.contains(third));
    }

    /** What may follow the first two words of the {@code prepositional_verbs}: nothing ({@code alone}), or a third word. */
    private static final class PrepositionalRest {
        private boolean alone;
        private final Set<String> thirds = new HashSet<>();
    }

    /** Whether {@code word} is one of the {@code count_nouns}: a verbal noun of a count's event (مقتل، توقيف). */
    boolean isCountNoun(String word) {
        return countNouns.contains(word);
    }

    /** Whether {@code word} is one of the {@code announcement_times}, a time between an announcement's speaker and its count noun. */
    boolean isAnnouncementTime(String word) {
        return announcementTimes.contains(word);
    }

    /** Whether {@code word}, or it without its proclitic, is one of the {@code opening_negations} (لم، ولم). */
    boolean isOpeningNegation(String word) {
        return openingNegations.contains(word) || openingNegations.contains(withoutProclitic(word));
    }

    /** Whether {@code word}, or it without its proclitic, is one of the {@code opening_auxiliaries} (كان، وكانت). */
    boolean isOpeningAuxiliary(String word) {
        return openingAuxiliaries.contains(word) || openingAuxiliaries.contains(withoutProclitic(word));
    }

    /** Whether {@code participle} (proclitic and all) is one of the {@code count_noun_participles} and {@code preposition} one of the {@code count_noun_prepositions}. */
    boolean pointsToCountNoun(String participle, String preposition) {
        return (countNounParticiples.contains(participle) || countNounParticiples.contains(withoutProclitic(participle)))
                && countNounPrepositions.contains(preposition);
    }

    /**
     * Whether {@code word} is one of the {@code announced_nouns} (فرض، التوصل), as written or with one of the
     * {@code noun_suffixes} on it ("رفضها", "تحفظها"): the verbal noun of an announced decision or act.
     */
    boolean isAnnouncedNoun(String word) {
        if (announcedNouns.contains(word)) {
            return true;
        }
        for (String suffix : nounSuffixes) {
            if (word.length() > suffix.length() + 2 && word.endsWith(suffix)) {
                String stem = word.substring(0, word.length() - suffix.length());
                // a feminine noun's ة is written ت before a suffix: "موافقتها" is موافقة + ها
                if (announcedNouns.contains(stem) || stem.endsWith("ت") && announcedNouns.contains(stem.substring(0, stem.length() - 1) + "ة")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code verb} (proclitic and all) is one of the {@code warning_verbs} and {@code preposition} one of the {@code warning_prepositions} (حذّر من). */
    boolean warnsOf(String verb, String preposition) {
        return isWarningVerb(verb) && warningPrepositions.contains(preposition);
    }

    /** Whether {@code word} (normalised) is one of the {@code announcement_days} (اليوم، أمس، الأحد: the day of an announcement). */
    boolean isAnnouncementDay(String word) {
        return announcementDays.contains(word);
    }

    /** Whether {@code word} (normalised) is one of the {@code not_announced_objects} (حالة، الحداد: a declaration that is an act). */
    boolean isNotAnnouncedObject(String word) {
        return notAnnouncedObjects.contains(word);
    }

    /** Whether {@code word} (normalised) is one of the {@code announced_prepositions} (عن after أعلن). */
    boolean isAnnouncedPreposition(String word) {
        return announcedPrepositions.contains(word);
    }

    /**
     * Whether {@code word} (normalised, with no clitic) ends with one of the {@code addressee_endings}, a sound plural of
     * people ("المسافرين"), with more than the article and two letters before it: after ل, whom words were said to.
     */
    boolean hasAddresseeEnding(String word) {
        for (String ending : addresseeEndings) {
            if (word.endsWith(ending) && word.length() - ending.length() > articleAsWritten.length() + 2) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} (normalised, with no clitic) is one of the {@code addressee_nouns} (مراسل، صحيفة). */
    boolean isAddresseeNoun(String word) {
        return addresseeNouns.contains(word);
    }

    /** Whether {@code word} (normalised), or it without a proclitic (وتتفاوت), is one of the {@code varying_verbs}. */
    boolean isVaryingVerb(String word) {
        return varyingVerbs.contains(word) || varyingVerbs.contains(withoutProclitic(word));
    }

    /** Whether {@code word} (normalised) is one of the {@code anonymity_words}: the name or identity withheld (اسمه، هويته). */
    boolean isAnonymityWord(String word) {
        return anonymityWords.contains(word);
    }

    /** Whether {@code word} is one of the {@code name_stops} (علي, written as the preposition على once normalised). */
    boolean isNameStop(String word) {
        return nameStops.contains(word);
    }

    /** Whether {@code written} (a token as the text writes it) is one of the {@code name_stops} as the pack writes it (علي). */
    boolean isWrittenNameStop(String written) {
        return writtenNameStops.contains(written);
    }

    /** Whether {@code word} is one of the {@code noun_object_participles} (مؤكداً): it states a noun phrase after it. */
    boolean isNounObjectParticiple(String word) {
        return nounObjectParticiples.contains(word);
    }

    /**
     * Whether {@code word} is a verbal noun: one of the {@code count_nouns} or {@code announced_nouns}, or of one of the
     * {@code verbal_noun_shapes} (اكتمال، تعزيز).
     */
    boolean isVerbalNoun(String word) {
        return isCountNoun(word) || isAnnouncedNoun(word) || verbalNounShape != null && verbalNounShape.matcher(word).matches();
    }

    /** Whether lower-cased {@code word} ends in one of the {@code adverb_endings} ("widely"). */
    boolean endsAsAdverb(String word) {
        return adverbEndings.stream().anyMatch(word::endsWith);
    }

    /** Whether {@code word}, as written, is one of the {@code statement_complementizers} (that, أن, بأن). */
    boolean isStatementComplementizer(String word) {
        return statementComplementizers.contains(word);
    }

    /** Whether {@code word} is one of the {@code necessity_nouns} (ضرورة): after أكد and its speaker, what was said. */
    boolean isNecessityNoun(String word) {
        return necessityNouns.contains(word);
    }

    /** Whether {@code word}, or it without its proclitic, is one of the {@code forecasters} (الأرصاد): their warning is a forecast. */
    boolean isForecaster(String word) {
        return forecasters.contains(word) || forecasters.contains(withoutProclitic(word));
    }

    /** Whether {@code verb} (proclitic and all) is one of the {@code warning_verbs} (حذّر، محذرة). */
    boolean isWarningVerb(String verb) {
        return warningVerbs.contains(verb) || warningVerbs.contains(withoutProclitic(verb));
    }

    /** Whether {@code word} is one of the {@code figure_object_verbs} ("added"): before a figure, its object. */
    boolean isFigureObjectVerb(String word) {
        return figureObjectVerbs.contains(word);
    }

    /** Whether {@code word} is one of the {@code figure_object_followers} ("in" of "added 35,000 jobs in March"). */
    boolean isFigureObjectFollower(String word) {
        return figureObjectFollowers.contains(word);
    }

    /** Whether {@code word} is one of the {@code figure_units} ("percent", "%", "points"). */
    boolean isFigureUnit(String word) {
        return figureUnits.contains(word);
    }

    /** Whether {@code word} is one of the {@code told_objects} ("story", "truth"): what is told, no one told. */
    boolean isToldObject(String word) {
        return toldObjects.contains(word);
    }

    /** Whether {@code verb} (proclitic and all) is one of the {@code count_noun_participles}, finite or not (أشار، أفادت، مشيراً). */
    boolean pointsToNoun(String verb) {
        return countNounParticiples.contains(verb) || countNounParticiples.contains(withoutProclitic(verb));
    }

    /** Whether {@code word} is one of the {@code as_describing_verbs} (condemned, dismissed): a describing verb only with "as". */
    boolean isAsDescribingVerb(String word) {
        return asDescribingVerbs.contains(word);
    }

    /** Whether {@code word}, or it without its proclitic, is one of the {@code object_pronoun_verbs} (وصفها). */
    boolean isObjectPronounVerb(String word) {
        return objectPronounVerbs.contains(word) || objectPronounVerbs.contains(withoutProclitic(word));
    }

    /** Whether {@code word} is one of the {@code described_relatives} (ما before "وصفته"). */
    boolean isDescribedRelative(String word) {
        return describedRelatives.contains(word);
    }

    /** Whether {@code word} is one of the {@code tag_breaks} (but, after): after a tag's comma, a clause of its own. */
    boolean isTagBreak(String word) {
        return tagBreaks.contains(word);
    }

    /** Whether {@code word} is one of the {@code name_heads}: marks right after it hold a name or title ("وكالة «أعماق»"). */
    boolean isNameHead(String word) {
        return nameHeads.contains(word);
    }

    /** Whether {@code word} is one of the {@code announced_clause_ends} (فيما، بينما). */
    boolean endsAnnouncedClause(String word) {
        return announcedClauseEnds.contains(word);
    }

    /** Whether {@code word} (a token, proclitic and all) is one of the {@code confirmed_count_verbs}: its object may be a count's noun. */
    boolean confirmsCount(String word) {
        return confirmedCountVerbs.contains(word) || confirmedCountVerbs.contains(withoutProclitic(word));
    }

    /** Whether a verb of {@code group} (a {@link #verb} answer, or null) announces: its object may be a count's noun. */
    static boolean announcesGroup(String group) {
        return group != null && group.endsWith(".announce");
    }

    /** The {@code name_introducers} phrases, normalised, word by word ("known as" → [known, as]). */
    List<List<String>> nameIntroducers() {
        return nameIntroducers;
    }

    /** Whether the normalised {@code word} is a {@code resumptive_pronouns} word ("فيه": in the statement just named). */
    boolean isResumptive(String word) {
        return resumptivePronouns.contains(word);
    }

    /** The normalised {@code phrase} without a {@code same_words} word closing it ("المصالح ذاتها" → "المصالح"). */
    String withoutSameWord(String phrase) {
        int space = phrase == null ? -1 : phrase.lastIndexOf(' ');
        return space > 0 && sameWords.contains(phrase.substring(space + 1)) ? phrase.substring(0, space) : phrase;
    }

    /** Whether {@code word} is one of {@code relative_sources}: "حسب", a source only before "ما". */
    boolean needsSourceRelative(String word) {
        return relativeSources.contains(word);
    }

    /** Whether {@code word} is a {@code relative_sources} word with its relative written on ("حسبما"): the verb follows. */
    boolean isFusedSource(String word) {
        return fusedSources.contains(word);
    }

    /** Whether {@code word} is one of {@code source_pronouns}: "به" in "بحسب ما أفادت به منظمة محلية". */
    boolean isSourcePronoun(String word) {
        return sourcePronouns.contains(word);
    }

    /** Whether {@code word} is one of {@code planned_relatives}: "هو" in "حسب ما هو مقرر" (as planned, no speaker). */
    boolean isPlannedRelative(String word) {
        return plannedRelatives.contains(word);
    }

    /** Whether {@code word} is one of {@code indefinite_articles}: "a" in "…, a claim the ministry denied". */
    boolean isIndefiniteArticle(String word) {
        return indefiniteArticles.contains(word);
    }

    /** Whether {@code word} is one of {@code noun_clause_openers}: "that" in "…, a claim that officials denied". */
    boolean isNounClauseOpener(String word) {
        return nounClauseOpeners.contains(word);
    }

    /** Whether {@code word} is one of {@code go_on_particles}: "on" in "She went on to say". */
    boolean isGoOnParticle(String word) {
        return goOnParticles.contains(word);
    }

    /** Whether {@code word} is one of {@code description_markers}: "as" in "described the attack as cowardly". */
    boolean isDescriptionMarker(String word) {
        return descriptionMarkers.contains(word);
    }

    /** Whether {@code word} is one of the {@code naming_participles} (identified, named): an aside giving a name with "as". */
    boolean isNamingParticiple(String word) {
        return namingParticiples.contains(word);
    }

    /** Whether {@code word} is one of {@code as_clause_verbs}: "met" in "as the city council met". */
    boolean isAsClauseVerb(String word) {
        return asClauseVerbs.contains(word);
    }

    /** Whether {@code word} is one of {@code as_clause_verb_followers}: "to" in "as families tried to leave". */
    boolean isAsClauseVerbFollower(String word) {
        return asClauseVerbFollowers.contains(word);
    }

    /** Whether {@code word} is one of {@code order_markers}: "to" in "told residents to stay indoors". */
    boolean isOrderMarker(String word) {
        return orderMarkers.contains(word);
    }

    /** Whether {@code word} is one of {@code clause_links}: "و", "and" between two quotations of one speaker. */
    boolean isClauseLink(String word) {
        return clauseLinks.contains(word);
    }

    /** Whether {@code word} is one of {@code source_links}: "to" after "according", "ل" after "وفقا". */
    boolean isSourceLink(String word) {
        return sourceLinks.contains(word);
    }

    /** Whether {@code word} is one of {@code medium_prepositions}: "in" in "said in a statement on its radio station that …". */
    boolean isMediumPreposition(String word) {
        return mediumPrepositions.contains(word);
    }

    /** Whether {@code word} opens with one of the verb prefixes, feminine or masculine (يصف، تعتبر): an imperfect. */
    boolean hasImperfectPrefix(String word) {
        return Affixes.startsWithAny(word, masculineVerbPrefixes) || Affixes.startsWithAny(word, feminineVerbPrefixes);
    }

    /** Whether {@code word} is one of {@code title_complements}: "of" in "the minister of health". */
    boolean isTitleComplement(String word) {
        return titleComplements.contains(word);
    }

    /** Whether {@code word} is one of {@code in_charge_words}: "المكلف" in "المكلف بالبيئة". */
    boolean isInChargeWord(String word) {
        return inChargeWords.contains(word);
    }

    /** Whether {@code word} opens with one of the {@code in_charge_clitics}: "بالبيئة" after "المكلف". */
    boolean hasInChargeClitic(String word) {
        return Affixes.startsWithAny(word, inChargeClitics);
    }

    /** Whether {@code word} opens with one of the {@code description_clitics}: "بأنها" in "ووصف الحكومة بأنها عاجزة". */
    boolean hasDescriptionClitic(String word) {
        return Affixes.startsWithAny(word, descriptionClitics);
    }

    /** Whether {@code word} opens with one of the {@code body_clitics}, with the article or not: "للجيش", "لمديرية". */
    boolean hasBodyClitic(String word) {
        return Affixes.startsWithAny(word, bodyClitics);
    }

    /** Whether {@code word} opens with one of the {@code body_clitic_articles}, ل before the article: "للصحفيين". */
    boolean opensWithBodyCliticArticle(String word) {
        return Affixes.startsWithAny(word, bodyCliticArticles);
    }

    /**
     * How many letters of {@code word} are a body clitic written onto a name without the article
     * ("لوزارة" → 1), or 0: none, or one with the article ("للجيش", which {@link #statementOfBody} reads).
     */
    int bodyCliticLength(String word) {
        if (opensWithBodyCliticArticle(word)) {
            return 0;
        }
        for (String clitic : bodyClitics) {
            if (word.startsWith(clitic)) {
                return clitic.length();
            }
        }
        return 0;
    }

    /** Whether a word after the first of {@code speaker} (as written) opens with a body clitic and the article: "بيان للجيش". */
    boolean hasBodyCliticArticle(String speaker) {
        for (String written : bodyCliticArticles) {
            if (speaker.contains(" " + written)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code word} (normalised) without the {@code body_clitic_articles} it opens with, its article put back ("للصحفيين" →
     * "الصحفيين"); null when it opens with none.
     */
    String withoutBodyCliticArticle(String word) {
        for (String written : bodyCliticArticles) {
            if (word.startsWith(written) && word.length() > written.length()) {
                return withArticle(word.substring(written.length()));
            }
        }
        return null;
    }

    /** {@code name} (as written) with the article a body clitic with the article dropped put back: "جيش" → "الجيش". */
    String withArticle(String name) {
        return articleAsWritten + name;
    }

    /** Whether {@code word} (normalised) is one of {@code person_pronouns}: "he", "she" stand for one person. */
    boolean isPersonPronoun(String word) {
        return personPronouns.contains(word);
    }

    /** Whether {@code word} (normalised) is one of {@code body_pronouns}: "it" stands for a body. */
    boolean isBodyPronoun(String word) {
        return bodyPronouns.contains(word);
    }

    /** Whether {@code word} (normalised) is one of {@code plural_pronouns}: "they" stands for several people or a body. */
    boolean isPluralPronoun(String word) {
        return pluralPronouns.contains(word);
    }

    /** Whether {@code word} names a body: one of {@code body_nouns} or {@code body_heads} ("ministry", "police"). */
    boolean isBodyNoun(String word) {
        return bodyNouns.contains(word) || bodyHeads.contains(word);
    }

    /** Whether {@code word} names one person: one of {@code person_nouns} or {@code subject_titles} ("spokesman", "minister"). */
    boolean isPersonNoun(String word) {
        return personNouns.contains(word) || subjectTitles.contains(word);
    }

    /** Whether {@code word} is a person noun with one of {@code plural_endings}: "officials", "witnesses". */
    boolean isPluralPersonNoun(String word) {
        for (String ending : pluralEndings) {
            if (word.length() > ending.length() && word.endsWith(ending)
                    && isPersonNoun(word.substring(0, word.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} is one of {@code head_prepositions}: "of" ends the head of "the Ministry of Interior". */
    boolean isHeadPreposition(String word) {
        return headPrepositions.contains(word);
    }

    /** The {@code feminine_verb_suffixes}: the ت of قالت. */
    List<String> feminineVerbSuffixes() {
        return feminineVerbSuffixes;
    }

    /** The {@code feminine_verb_prefixes}, each the pair of the {@code masculine_verb_prefixes} one at its index: تقول / يقول. */
    List<String> feminineVerbPrefixes() {
        return feminineVerbPrefixes;
    }

    /** The {@code masculine_verb_prefixes}: the ي of يقول. */
    List<String> masculineVerbPrefixes() {
        return masculineVerbPrefixes;
    }

    /** Whether {@code word} ends in one of {@code feminine_endings} (ة، ات): "وزارة", "السلطات". */
    boolean hasFeminineEnding(String word) {
        return !withoutFeminineEnding(word).equals(word);
    }

    /** {@code word} without the first of {@code feminine_endings} it ends in ("المتحدثة" → "المتحدث"), or as it is. */
    String withoutFeminineEnding(String word) {
        for (String ending : feminineEndings) {
            if (word.length() > ending.length() && word.endsWith(ending)) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    /** Whether {@code word} is one of {@code feminine_nouns}: "الأمم", "مريم" — feminine with no feminine ending. */
    boolean isFeminineNoun(String word) {
        return feminineNouns.contains(word);
    }

    /** Whether {@code word} is one of {@code masculine_nouns}: "أسامة", "حمزة" — masculine despite a feminine ending. */
    boolean isMasculineNoun(String word) {
        return masculineNouns.contains(word);
    }

    /** Whether {@code word} is one of {@code either_gender_nouns}: "مصادر" takes قال and قالت alike. */
    boolean isEitherGenderNoun(String word) {
        return eitherGenderNouns.contains(word);
    }

    /**
     * Whether {@code verb} is one of the {@code opinion_verbs}: with an {@link #isOpinionGroup} speaker, "Farmers in the
     * valley say …", "ويقول كثير منهم إن …" report a common view (rule 3).
     */
    boolean isOpinionVerb(String verb) {
        return opinionVerbs.contains(verb);
    }

    /**
     * Whether {@code verb} (normalised) is one of the {@code generic_statement_verbs}: "Experts have warned that …" is a
     * statement of the experts though they are {@link #isGenericSpeaker generic speakers}.
     */
    boolean isGenericStatementVerb(String verb) {
        return genericStatementVerbs.contains(verb);
    }

    /** Whether one of {@code speakerWords} (normalised) is an {@code opinion_groups} word: "farmers", "residents". */
    boolean isOpinionGroup(List<String> speakerWords) {
        return speakerWords.stream().anyMatch(opinionGroups::contains);
    }

    /**
     * Whether {@code speaker} (normalised) is only words of {@code generic_speakers}: "economists",
     * "many analysts", "محللون" name no one who spoke (rule 3, M8 of dev12).
     */
    boolean isGenericSpeaker(String speaker) {
        if (genericSpeakers.isEmpty() || speaker == null || speaker.isBlank()) {
            return false;
        }
        String stripped = speaker.strip();
        int space = 0;
        while (space < stripped.length() && " \t\n\u000B\f\r".indexOf(stripped.charAt(space)) < 0) {
            space++;
        }
        if (!genericSpeakers.contains(stripped.substring(0, space))) {
            return false; // the first word WHITESPACE.split gives is no generic speaker's: most speakers, without a split
        }
        for (String w : WHITESPACE.split(stripped)) {
            if (!genericSpeakers.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code words} (normalised, in order) read one of the {@code count_event_predicates} as a verb:
     * "the factory's owner was arrested" does, "most of those detained were released" does not (rule 4 of dev).
     */
    boolean readsCountEvent(List<String> words) {
        for (List<String> phrase : countEventPredicates) {
            for (int i = 0; i + phrase.size() <= words.size(); i++) {
                if (phraseAt(words, i, phrase)
                        && (i == 0 || !countEventDeterminers.contains(words.get(i - 1)))) {
                    return true;
                }
            }
        }
        for (List<String> phrase : countEventPersonPredicates) {
            for (int i = 0; i + phrase.size() <= words.size(); i++) {
                if (phraseAt(words, i, phrase)
                        && (passiveBefore(words, i) || takesPeople(words, i + phrase.size()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one of the {@code passive_auxiliaries} stands right before {@code i} or one word before it ("were later captured"). */
    private boolean passiveBefore(List<String> words, int i) {
        return i > 0 && passiveAuxiliaries.contains(words.get(i - 1)) || i > 1 && passiveAuxiliaries.contains(words.get(i - 2));
    }

    /** How many words after a {@code count_event_person_predicates} verb may stand before its count or person noun. */
    private static final int PERSON_OBJECT_WORDS = 3;

    /**
     * Whether the object from {@code from} is people: a count ("40 fighters") or a person's noun within its first
     * few words ("the rebel commander", "two senior officers").
     */
    private boolean takesPeople(List<String> words, int from) {
        for (int i = from; i < words.size() && i - from < PERSON_OBJECT_WORDS; i++) {
            String w = words.get(i);
            if (i == from && !w.isEmpty() && Character.isDigit(w.codePointAt(0))) {
                return true;
            }
            if (isPersonNoun(w) || isPluralPersonNoun(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code words} (normalised, in order; a stretch of a reported statement outside its counts) read one of the
     * {@code fact_predicates}: a fact of the statement's own beside its counts ("they seized 12 rifles and", "ردوا على
     * مصدر النيران"), which makes it more than their sourcing (rule 4 of dev).
     */
    boolean statesFact(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String bare = withoutProclitic(word); // also with a proclitic: "وضبطت"
            for (List<String> phrase : factPredicates) {
                // the first word compared first, the rest only where it is there
                if (i + phrase.size() <= words.size() && (phrase.get(0).equals(word) || phrase.get(0).equals(bare))
                        && words.subList(i + 1, i + phrase.size()).equals(phrase.subList(1, phrase.size()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code before}, the words of a statement before one of its counts, end on a complementizer after a clause
     * link ("the clinic had been looted and that" + "two nurses were missing", "… وأن"), with words of their own before
     * it: a clause of their own, the count a second one.
     */
    boolean endsOnLinkedComplementizer(List<String> before) {
        int n = before.size();
        return n >= 3 && clauseLinks.contains(before.get(n - 2)) && complementizers.contains(before.get(n - 1))
                || n >= 2 && linkedComplementizer(before.get(n - 1));
    }

    /** Whether {@code words} (normalised) are one of the {@code second_clause_openers} ("غير أن", "but"). */
    boolean isSecondClauseOpener(List<String> words) {
        return secondClauseOpeners.contains(words);
    }

    /**
     * Whether {@code words} (normalised, in order; a stretch of a reported statement outside its counts) open a clause
     * with a verb of its own, followed by at least one word: a participle of speech ("مؤكدا أن", "adding that"), a
     * complementizer after a clause link ("and that", وأن), one of the {@code second_clause_openers} ("but", ثم), or one
     * of the {@code own_verb_auxiliaries} whose verb is not a count's ("would be charged", "had seized"; not "had been
     * detained"), or, first, one of the {@code count_subject_verbs} (the count before it is its subject: "the murder of
     * two children shocked the town"). Rule 4 of dev: such a statement says more than its count.
     */
    boolean opensOwnClause(List<String> words) {
        if (statesFact(words)) {
            return true;
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            String w = words.get(i);
            if (participles.contains(w) || i == 0 && countSubjectVerbs.contains(w)
                    || i > 0 && clauseLinks.contains(words.get(i - 1)) && complementizers.contains(w)
                    || linkedComplementizer(w) || startsPhrase(words, i, secondClauseOpeners) || ownVerb(words, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code words} (a reported clause, normalised) open a clause of their own ({@link #opensOwnClause}) beside
     * the {@code count_event_predicates} they read: the stretches before, between and after those phrases are tried
     * one by one ("they had seized a cargo ship and" | "its 22 crew members").
     */
    boolean saysMoreThanCountEvent(List<String> words) {
        int from = 0;
        for (int i = 0; i < words.size(); i++) {
            for (List<String> phrase : countEventPredicates) {
                if (phraseAt(words, i, phrase)) {
                    if (opensOwnClause(words.subList(from, i)) || from == 0 && subordinatesCount(words.subList(0, i))) {
                        return true;
                    }
                    from = i + phrase.size();
                    i = from - 1;
                    break;
                }
            }
        }
        return opensOwnClause(words.subList(Math.min(from, words.size()), words.size()));
    }

    /**
     * Whether {@code before}, the words of a statement before its first count, put that count in an adverbial clause of
     * words of their own: a {@code count_clause_subordinators} word after two words or more, with no relative pronoun or
     * noun-clause opener before the count (a count in a relative clause names the event: "after a riot that left 9
     * dead") and none of the {@code count_clause_time_words} next to it, right before it in English, right after it in
     * Arabic ("they heard gunfire before", "سمعوا إطلاق نار قبل"; not "fighting that erupted after the vote", "shortly
     * after midnight", "the strike came hours after", "جاء الهجوم بعد ساعات من مقتل", which only date the count's
     * event).
     */
    boolean subordinatesCount(List<String> before) {
        for (int i = 2; i < before.size(); i++) {
            if (countClauseSubordinators.contains(before.get(i))) {
                boolean timed = countClauseTimeWords.contains(before.get(i - 1)) // "the strike came hours after a drone killed …"
                        || i + 1 < before.size() && countClauseTimeWords.contains(before.get(i + 1)); // "جاء بعد ساعات من مقتل …"
                return !timed && before.stream().noneMatch(w -> relatives.contains(w) || nounClauseOpeners.contains(w));
            }
        }
        return false;
    }

    /** Whether {@code words} (normalised) read one of the {@code count_detail_verbs}: "took place", جرت. */
    boolean readsCountDetail(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            for (List<String> phrase : countDetailVerbs) {
                if (phraseAt(words, i, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code phrase} (one or more words) stands in {@code words} from {@code i}: its first word compared first. */
    private static boolean phraseAt(List<String> words, int i, List<String> phrase) {
        return i + phrase.size() <= words.size() && phrase.get(0).equals(words.get(i))
                && words.subList(i, i + phrase.size()).equals(phrase);
    }

    /** وأن، وإن: a complementizer with a clause link written onto it. */
    private boolean linkedComplementizer(String word) {
        return word.length() > 1 && clauseLinks.contains(word.substring(0, 1)) && complementizers.contains(word.substring(1));
    }

    /** Whether one of {@code phrases} starts at {@code i} and a word follows it. */
    private static boolean startsPhrase(List<String> words, int i, List<List<String>> phrases) {
        for (List<String> phrase : phrases) {
            if (i + phrase.size() < words.size() && phraseAt(words, i, phrase)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An own-verb auxiliary at {@code i} after a predicate conjunction ("and would be charged") whose verb, past further
     * auxiliaries, is no count's predicate; or one opening a predicate that ends on a conjunction just before a count
     * ("they had seized a cargo ship and" + "detained its 22 crew members"). Elsewhere "had", "has" mostly lead to the
     * count's own verb ("rescue teams had recovered 46 bodies").
     */
    private boolean ownVerb(List<String> words, int i) {
        if (!ownVerbAuxiliaries.contains(words.get(i))) {
            return false;
        }
        boolean linked = i > 0 && predicateConjunctions.contains(words.get(i - 1))
                || !words.isEmpty() && predicateConjunctions.contains(words.get(words.size() - 1));
        if (!linked) {
            return false;
        }
        int j = i + 1;
        while (j < words.size() && (auxiliaries.contains(words.get(j)) || passiveAuxiliaries.contains(words.get(j)))) {
            j++;
        }
        int verb = j;
        return verb < words.size() && countEventPredicates.stream().noneMatch(p -> words.get(verb).equals(p.get(0)));
    }

    /**
     * False when no {@code count_event_predicates} phrase can be read in {@code clause} (normalised text):
     * none of their first words stands in it, in any case. Most reported statements have none, and
     * {@link #readsCountEvent} then needs no words cut and normalised.
     */
    boolean mayReadCountEvent(String clause) {
        if (countEventPredicates.isEmpty() && countEventPersonPredicates.isEmpty()) {
            return false;
        }
        String lower = clause.toLowerCase(Locale.ROOT);
        for (List<String> phrase : countEventPredicates) {
            if (lower.contains(phrase.get(0))) {
                return true;
            }
        }
        for (List<String> phrase : countEventPersonPredicates) {
            if (lower.contains(phrase.get(0))) {
                return true;
            }
        }
        return false;
    }

    static String norm(String word) {
        return NORMALIZER.normalize(word.strip()).normalized().toLowerCase(Locale.ROOT);
    }

    /** The verb group id when {@code word} (possibly with a proclitic) is a speech verb. */
    String verb(String word) {
        return lookup(word, verbTable);
    }

    /**
     * What {@link #verb}, {@link #isSource} and {@link #marksStatementSource} say of one word: its verb
     * group id (or null), whether it is a source, whether it is a statement source's mark. Attributions
     * asks all three of nearly every token of a sentence.
     */
    record Speech(String verb, boolean source, boolean mark) {
    }

    /** A word that is none of them. */
    private static final Speech NEITHER = new Speech(null, false, false);

    /**
     * {@link #verb}, {@link #isSource} and {@link #marksStatementSource} of {@code word} at once: one
     * table lookup for most words instead of three, each answer as its own lookup gives it (verb and
     * source: the word as it stands, else without its proclitic; mark: the word as it stands).
     */
    Speech speech(String word) {
        Speech whole = speechTable.get(word);
        if (whole != null && whole.verb() != null && whole.source() || !hasProclitic(word)) {
            return whole == null ? NEITHER : whole;
        }
        Speech bare = speechTable.get(word, 1, word.length());
        if (bare == null) {
            return whole == null ? NEITHER : whole;
        }
        if (whole == null) {
            return bare.mark() ? new Speech(bare.verb(), bare.source(), false) : bare; // a mark only as the word stands
        }
        // the word as it stands is one of them, without its proclitic perhaps another
        return new Speech(whole.verb() != null ? whole.verb() : bare.verb(), whole.source() || bare.source(), whole.mark());
    }

    /** Whether a verb of {@code group} (a {@link #verb} answer, or null) relays another's words: {@link #relays}. */
    static boolean relaysGroup(String group) {
        return group != null && group.endsWith(".relay");
    }

    /** Whether a verb of {@code group} (a {@link #verb} answer, or null) describes: {@link #describes}. */
    static boolean describesGroup(String group) {
        return group != null && group.endsWith(".describe");
    }

    /**
     * Whether a verb of {@code group} (a {@link #verb} answer, or null) gives a document's words: a group whose id ends in
     * {@code .content} ("read"), a speech verb only right after a statement's noun ("The statement read: “…”").
     */
    static boolean contentGroup(String group) {
        return group != null && group.endsWith(".content");
    }

    /** Whether a verb of {@code group} (a {@link #verb} answer, or null) accuses: {@link #isAccusationVerb}. */
    static boolean accusesGroup(String group) {
        return group != null && group.endsWith(".accuse");
    }

    /** بين (between, and بيّن "made clear"): a speech verb only where a clause opens and a complementizer follows. */
    boolean isAmbiguousVerb(String word) {
        return !ambiguousVerbs.isEmpty() && (ambiguousVerbs.contains(word) || ambiguousVerbs.contains(withoutProclitic(word)));
    }

    /** told, tells: the object is who was spoken to. */
    boolean isAddresseeVerb(String word) {
        return addresseeVerbs.contains(word);
    }

    /** Who a verb such as "told" addresses (reporters, the BBC), longest first. */
    List<List<String>> addressees() {
        return addressees;
    }

    /** Phrases opening how or when a statement was made after its verb ("as it released", "on condition of anonymity"). */
    List<List<String>> statementCircumstances() {
        return statementCircumstances;
    }

    /** "has added", "have added": with no complementizer after them, a verb and its object ("Curators have added audio guides"). */
    List<List<String>> perfectObjectVerbs() {
        return perfectObjectVerbs;
    }

    /** is, was, been: the speech verb after it is passive ("It is said that"). */
    boolean isPassiveAuxiliary(String word) {
        return passiveAuxiliaries.contains(word);
    }

    /** would, had, was: a finite clause has begun. */
    boolean isAuxiliary(String word) {
        return auxiliaries.contains(word);
    }

    boolean isSource(String word) {
        return lookup(word, sourceTable) != null;
    }

    boolean isComplementizer(String word) {
        return lookup(word, complementizerTable) != null;
    }

    /** Whether the verb may report a clause with no complementizer (said it would …); all may when none are listed. */
    boolean takesBareClause(String word) {
        return bareClauseVerbs.isEmpty() || bareClauseVerbs.contains(word);
    }

    /** A word of a time phrase between a verb and its clause (on, Wednesday, late). */
    boolean isStatementTime(String word) {
        return statementTimes.contains(word);
    }

    boolean isStop(String word) {
        return stopTable.get(word) != null || hasProclitic(word) && stopTable.contains(word, 1, word.length()) && !isHead(word)
                || complementizerTable.get(word) != null; // "والي الولاية" (the governor) is no و + إلى: a speaker head
    }

    /**
     * Whether {@code word}, with an attached preposition, still carries a body's name on: one of the
     * {@code body_name_clitic_words} ("المفوضية السامية للأمم المتحدة لشؤون اللاجئين"), where any other such word ends it
     * ("قالت الوزارة لوكالة رويترز").
     */
    boolean continuesBodyName(String word) {
        return bodyNameCliticWords.contains(word);
    }

    /**
     * Whether {@code head} and {@code adjective} (normalised) are one of the {@code general_body_heads} ("المديرية العامة",
     * "المفوضية العليا"): a body whose field may follow with ل and the article written on.
     */
    boolean isGeneralBodyHead(String head, String adjective) {
        return generalBodyHeads.contains(List.of(head, adjective));
    }

    /** Whether {@code word} is one of the {@code document_nouns} (التقويم، بيانات, calendar): a body may have issued it. */
    boolean isDocumentNoun(String word) {
        return documentNouns.contains(word);
    }

    /** Whether {@code word} is one of the {@code issue_words} (أعلنته، الصادرة, published): a document's issue. */
    boolean isIssueWord(String word) {
        return issueWords.contains(word);
    }

    /** Whether {@code word} is one of the {@code issuer_prepositions} (عن, by): the issuer after a document's participle. */
    boolean isIssuerPreposition(String word) {
        return issuerPrepositions.contains(word);
    }

    /**
     * An attached preposition ends a name (لوكالة), except as its first word; a speaker head that begins with its
     * letter is a noun of the name ("رئيس لجنة المال"، "رئيس بلدية الجزيرة").
     */
    boolean hasStopPrefix(String word) {
        return word.length() > 3 && stopPrefixLetters.indexOf(word.charAt(0)) >= 0 && !isHead(word);
    }

    boolean isNameLink(String word) {
        return nameLinks.contains(word);
    }

    /** The {@code clause_opening_phrases} ("at least"), each as its normalised words. */
    List<List<String>> clauseOpeningPhrases() {
        return clauseOpeningPhrases;
    }

    /** Whether {@code word} (normalised) is one of the {@code addressee_clitics} (ل). */
    boolean isAddresseeClitic(String word) {
        return addresseeClitics.contains(word);
    }

    /** Whether {@code word} (normalised) is one of the {@code name_inner_words}: "of" in "Doctors for Peace". */
    boolean isNameInnerWord(String word) {
        return nameInnerWords.contains(word);
    }

    /** An ordinal day after a name link (في العاشر من …): no name goes on to it ({@code link_stops}). */
    boolean isLinkStop(String word) {
        return linkStops.contains(word);
    }

    /**
     * طالب، دعا، داعية: a call reports no statement, but words in quotation marks after it are the
     * caller's (J21 of dev10: "وطالبت الوزارة … بتصنيف تلك القوات «منظمة إرهابية»").
     */
    boolean isCallVerb(String word) {
        return callVerbs.contains(word) || hasProclitic(word) && callVerbs.contains(word.substring(1));
    }

    boolean isParticiple(String word) {
        return lookup(word, participleTable) != null;
    }

    /** وصف، اعتبر: the words after the verb may be what is described, not who speaks. */
    boolean describes(String word) {
        return describesGroup(verb(word));
    }

    boolean relays(String word) {
        return relaysGroup(verb(word));
    }

    boolean isNounMarker(String word) {
        return nounMarkers.contains(word);
    }

    boolean isHead(String word) {
        return lookup(word, headTable) != null;
    }

    List<List<String>> statementSources() {
        return statementSources;
    }

    /** The statement-source phrases that begin with {@code word}. */
    List<List<String>> statementSourcesStartingWith(String word) {
        return statementSourcesByFirst.getOrDefault(word, List.of());
    }

    /**
     * Whether {@code word} is the longest word of a statement source phrase ("بيان صادر عن", "a
     * statement from"): words of a sentence none of which is one hold no such phrase.
     */
    boolean marksStatementSource(String word) {
        return statementSourceMarks.contains(word);
    }

    /** True when {@code word} may end an organisation's name ("Alliance", "Ministry"). */
    boolean isRelative(String word) {
        return relatives.contains(word);
    }

    boolean isBodyHead(String word) {
        return bodyHeads.contains(norm(word));
    }

    /** "وفق الاتفاق", "according to the plan": after an "according to" word, a rule or plan, not a source. */
    boolean isNotSource(String word) {
        return notSources.contains(word) || notSources.contains(withoutProclitic(word));
    }

    /** Names of bodies that begin with a {@link #isNotSource not-source} word (برنامج الأغذية العالمي). */
    List<List<String>> namedSources() {
        return namedSources;
    }

    /** he, she: a pronoun that is a clause's whole subject. */
    boolean isSubjectPronoun(String word) {
        return subjectPronouns.contains(word);
    }

    /** minister, governor: the last word of a title whose bearer may be a pronoun's antecedent. */
    boolean isSubjectTitle(String word) {
        return subjectTitles.contains(word);
    }

    boolean isAnaphor(String phrase) {
        return anaphors.contains(phrase);
    }

    /** Whether {@code phrase} (normalised) is one of the {@code body_anaphors}: a masculine noun that stands for a body (المجلس). */
    /** Whether {@code word} is one of the {@code comma_calls}: a call verb only right after a comma (متهماً). */
    boolean isCommaCall(String word) {
        return commaCalls.contains(word);
    }

    boolean isBodyAnaphor(String phrase) {
        return bodyAnaphors.contains(phrase);
    }

    boolean isObject(String word) {
        return lookup(word, objectTable) != null;
    }

    /** The value of {@code word} in {@code table}, else of it without its proclitic, else null. */
    private String lookup(String word, WordTable<String> table) {
        String hit = table.get(word);
        if (hit == null && hasProclitic(word)) {
            hit = table.get(word, 1, word.length());
        }
        return hit;
    }

    /** {@code word} without its one-letter proclitic (ويصف → يصف), or as it is. */
    String withoutProclitic(String word) {
        return hasProclitic(word) ? word.substring(1) : word;
    }

    private boolean hasProclitic(String word) {
        return word.length() > 2 && procliticLetters.indexOf(word.charAt(0)) >= 0;
    }
}
