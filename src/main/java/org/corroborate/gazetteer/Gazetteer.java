package org.corroborate.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.corroborate.api.Language;
import org.corroborate.api.Span;
import org.corroborate.gazetteer.NameMatcher.Match;
import org.corroborate.gazetteer.NameMatcher.Target;
import org.corroborate.gazetteer.Tokens.Token;
import org.corroborate.rules.RulePacks;
import org.corroborate.text.NormalizedText;

/**
 * The places, nationalities and named entities of the {@code gazetteer} rule files, with the
 * place hierarchy (city ⊂ governorate ⊂ country) that decides whether two claims' locations are
 * the same place (CONTRACT.md "Same event"). Built once from validated packs; immutable and safe
 * to share between threads. The same key is found for a place in either language (تدمر and
 * Palmyra are both {@code sy.homs.palmyra}).
 *
 * <p>A name shared by several places is resolved in this order (see {@link Ambiguity}): the
 * broadest when they nest (حمص: the governorate, which contains the city, so either reading
 * nests with it); else the one in a country the text otherwise names (a place or a demonym);
 * else the one marked {@code prefer} (عمان: Amman); the others are kept as alternatives.
 */
public final class Gazetteer {
    private final Map<String, Place> places;
    private final Map<String, Entity> entities;
    /** Per place key, the key and its ancestors ({@link #path}): asked for every count's place, and again when indexing. */
    private final Map<String, List<String>> paths;
    private final Map<Language, NameMatcher<Place>> placeNames = new EnumMap<>(Language.class);
    private final Map<Language, NameMatcher<Entity>> entityNames = new EnumMap<>(Language.class);
    private final Map<Language, NameMatcher<String>> demonyms = new EnumMap<>(Language.class);
    /** The first words of the three matchers of a language, for {@link #findAll} to look each word up once. */
    private final Map<Language, NameMatcher.Openings> openings = new EnumMap<>(Language.class);
    private final Ambiguity ambiguity;
    private final StatedPlaces statedPlaces;

    private Gazetteer(List<GazetteerFile> files, StatedPlaces statedPlaces) {
        this.statedPlaces = statedPlaces;
        Map<String, Place> p = new LinkedHashMap<>();
        Map<String, Entity> e = new LinkedHashMap<>();
        files.forEach(f -> f.places().forEach(place -> p.putIfAbsent(place.key(), place)));
        files.forEach(f -> f.entities().forEach(entity -> e.putIfAbsent(entity.key(), entity)));
        this.places = Collections.unmodifiableMap(p);
        this.entities = Collections.unmodifiableMap(e);
        Map<String, List<String>> walked = new java.util.HashMap<>();
        p.keySet().forEach(key -> walked.put(key, List.copyOf(walk(key))));
        this.paths = Map.copyOf(walked);
        this.ambiguity = new Ambiguity(this);
        for (Language language : Language.values()) {
            Set<String> cues = new HashSet<>();
            files.forEach(f -> f.placeCues().of(language).forEach(c -> cues.add(Tokens.folded(c))));
            placeNames.put(language, new NameMatcher<>(language, cues));
            entityNames.put(language, new NameMatcher<>(language, cues));
            demonyms.put(language, new NameMatcher<>(language, Set.of()));
            index(language, files);
            openings.put(language, NameMatcher.Openings.of(language,
                    List.of(placeNames.get(language), entityNames.get(language), demonyms.get(language))));
        }
    }

    /**
     * The gazetteer of every {@code gazetteer} file in {@code packs}, with the reader of places it
     * does not know from their {@code places} files ({@link #statedPlaces()}).
     */
    public static Gazetteer of(RulePacks packs) {
        return new Gazetteer(GazetteerFile.all(packs), StatedPlaces.of(packs));
    }

    /**
     * Places a sentence states that this gazetteer does not know ("in Leeds on Tuesday", «في بلدة
     * كفر نبل»), read with the words of the packs' {@code places} files; finds nothing without them.
     */
    public StatedPlaces statedPlaces() {
        return statedPlaces;
    }

    private void index(Language language, List<GazetteerFile> files) {
        NameMatcher<Place> placeMatcher = placeNames.get(language);
        NameMatcher<Entity> entityMatcher = entityNames.get(language);
        NameMatcher<String> demonymMatcher = demonyms.get(language);
        for (Place place : places.values()) {
            Set<String> cued = foldedSet(place.needsCue().of(language));
            Set<String> contextual = foldedSet(place.needsContext().of(language));
            place.names().of(language).forEach(n -> placeMatcher.add(n, place, cued.contains(Tokens.folded(n)),
                    contextual.contains(Tokens.folded(n))));
            for (String form : place.demonyms().of(language)) {
                List<String> forms = language == Language.AR ? Demonyms.arabicForms(form) : List.of(form);
                forms.forEach(f -> demonymMatcher.add(f, place.key()));
            }
        }
        for (Entity entity : entities.values()) {
            Set<String> cued = foldedSet(entity.needsCue().of(language));
            entity.names().of(language).forEach(n -> entityMatcher.add(n, entity, cued.contains(Tokens.folded(n)), false));
        }
        // Stop phrases hide place readings only: "قناة الجزيرة" is not Gezira state but is Al Jazeera.
        files.forEach(f -> f.stopPhrases().of(language).forEach(placeMatcher::addStop));
    }

    private static Set<String> foldedSet(List<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> out.add(Tokens.folded(n)));
        return out;
    }

    /** The places, demonyms and named entities of one text ({@link #findAll}). */
    public record Mentions(List<PlaceMention> places, List<NationalityMention> nationalities, List<EntityMention> entities) {
    }

    /**
     * {@link #findPlaces}, {@link #findNationalities} and {@link #findEntities} at once: the text
     * is normalised and its demonyms and place names are sought once for all three (a count's
     * surroundings ask for all three of every article and report).
     */
    public Mentions findAll(String text, Language language) {
        NormalizedText normalized = Tokens.normalize(text);
        List<Token> tokens = Tokens.of(normalized.normalized());
        boolean[] opening = openings.get(language).of(tokens);
        List<NationalityMention> nationalities = nationalities(normalized, tokens, opening, language);
        List<Match<Place>> placeMatches = placeNames.get(language).find(tokens, opening);
        return new Mentions(places(text, normalized, placeMatches, nationalities),
                List.copyOf(nationalities), entities(text, normalized, tokens, opening, language, placeMatches, nationalities));
    }

    /** The places named in {@code text}, left to right, longest name first, none overlapping. */
    public List<PlaceMention> findPlaces(String text, Language language) {
        NormalizedText normalized = Tokens.normalize(text);
        List<Token> tokens = Tokens.of(normalized.normalized());
        return places(text, normalized, placeNames.get(language).find(tokens), nationalities(normalized, tokens, null, language));
    }

    private List<PlaceMention> places(String text, NormalizedText normalized, List<Match<Place>> matches,
                                      List<NationalityMention> nationalities) {
        Supplier<Set<String>> context = once(() -> ambiguity.countriesNamed(
                matches.stream().filter(m -> m.targets().stream().noneMatch(Target::needsContext)).toList(),
                nationalities));
        List<PlaceMention> out = new ArrayList<>(matches.size());
        for (Match<Place> match : matches) {
            List<Place> candidates = distinct(match.targets().stream()
                    .filter(t -> !t.needsContext() || context.get().contains(country(t.value().key()).orElse(""))).toList());
            if (candidates.isEmpty()) {
                continue;
            }
            Span span = span(normalized, match);
            if (endsInTanween(text, span)) {
                continue;
            }
            Place chosen = ambiguity.choose(candidates, context);
            out.add(new PlaceMention(chosen.key(), chosen.kind(), span.of(text), span, nameOf(match, chosen),
                    candidates.stream().filter(c -> c != chosen).map(Place::key).toList()));
        }
        return out;
    }

    /**
     * Whether the name's last word is written with tanween (ً ٌ ٍ), as no place name is: names of places are
     * definite or diptote, so «بريطانياً» after a count («بينهم ١١ بريطانياً», eleven Britons) is the demonym in
     * the accusative, not Britain, though the two share their letters once the marks are folded away.
     */
    private static boolean endsInTanween(String text, Span span) {
        int end = span.end();
        while (end < text.length() && Character.getType(text.charAt(end)) == Character.NON_SPACING_MARK) {
            end++; // a mark after the word's last letter, as the tanween on its alif
        }
        for (int i = end - 1; i >= span.start() && Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK; i--) {
            char c = text.charAt(i);
            if (c >= '\u064B' && c <= '\u064D') {
                return true;
            }
        }
        return false;
    }

    /** The named entities in {@code text}, left to right, longest name first, none overlapping. */
    public List<EntityMention> findEntities(String text, Language language) {
        NormalizedText normalized = Tokens.normalize(text);
        List<Token> tokens = Tokens.of(normalized.normalized());
        return entities(text, normalized, tokens, null, language, null, null);
    }

    /**
     * {@code placeMatches} and {@code nationalities}: the text's, when already sought (else null);
     * {@code opening}: the tokens a name may start at ({@link NameMatcher.Openings}), or null.
     */
    private List<EntityMention> entities(String text, NormalizedText normalized, List<Token> tokens, boolean[] opening,
                                         Language language, List<Match<Place>> placeMatches,
                                         List<NationalityMention> nationalities) {
        List<Match<Entity>> matches = entityNames.get(language).find(tokens, opening);
        Supplier<Set<String>> context = once(() -> ambiguity.countriesNamed(
                placeMatches != null ? placeMatches : placeNames.get(language).find(tokens, opening),
                nationalities != null ? nationalities : nationalities(normalized, tokens, opening, language)));
        List<EntityMention> out = new ArrayList<>(matches.size());
        for (Match<Entity> match : matches) {
            List<Entity> candidates = distinct(match.targets());
            Entity chosen = ambiguity.chooseEntity(candidates, context);
            Span span = span(normalized, match);
            out.add(new EntityMention(chosen.key(), chosen.kind(), chosen.country(), span.of(text), span,
                    nameOf(match, chosen), candidates.stream().filter(c -> c != chosen).map(Entity::key).toList()));
        }
        return out;
    }

    /** The demonyms in {@code text} ("الجنود الأميركيين", "two Iraqi soldiers"), with their countries. */
    public List<NationalityMention> findNationalities(String text, Language language) {
        NormalizedText normalized = Tokens.normalize(text);
        return nationalities(normalized, Tokens.of(normalized.normalized()), null, language);
    }

    private List<NationalityMention> nationalities(NormalizedText normalized, List<Token> tokens, boolean[] opening,
                                                   Language language) {
        List<NationalityMention> out = new ArrayList<>();
        for (Match<String> match : demonyms.get(language).find(tokens, opening)) {
            Span span = span(normalized, match);
            out.add(new NationalityMention(match.targets().get(0).value().toUpperCase(Locale.ROOT),
                    span.of(normalized.original()), span));
        }
        return out;
    }

    /**
     * The nationality a demonym stands for, as an upper-case ISO 3166 alpha-2 code: أميركيين,
     * والأمريكية, American → {@code US}; Iraqi → {@code IQ}. Empty unless the whole word (after
     * its proclitics) is a demonym.
     */
    public Optional<String> nationality(String word, Language language) {
        NormalizedText normalized = Tokens.normalize(word.strip());
        List<Token> tokens = Tokens.of(normalized.normalized());
        List<Match<String>> matches = demonyms.get(language).find(tokens);
        if (matches.size() != 1 || matches.get(0).firstToken() != 0 || matches.get(0).lastToken() != tokens.size() - 1) {
            return Optional.empty();
        }
        return Optional.of(matches.get(0).targets().get(0).value().toUpperCase(Locale.ROOT));
    }

    /** Whether two keys are the same place or one lies within the other (CONTRACT.md "Same event"). */
    public boolean nested(String keyA, String keyB) {
        return keyA.equals(keyB) || path(keyA).contains(keyB) || path(keyB).contains(keyA);
    }

    /** The key and its ancestors, innermost first: [sy.homs.palmyra, sy.homs, sy]; empty for an unknown key. */
    public List<String> path(String key) {
        return paths.getOrDefault(key, List.of());
    }

    /** The keys of the places that contain {@code key}'s, nearest first: [sy.homs, sy] for sy.homs.palmyra. */
    public List<String> ancestors(String key) {
        List<String> path = path(key);
        return path.isEmpty() ? path : path.subList(1, path.size());
    }

    private List<String> walk(String key) {
        List<String> out = new ArrayList<>();
        Place place = places.get(key);
        while (place != null && !out.contains(place.key())) {
            out.add(place.key());
            place = place.parent() == null ? null : places.get(place.parent());
        }
        return out;
    }

    /** The key of the country a place lies in (or is), or an entity belongs to: sy.homs.palmyra → sy. */
    public Optional<String> country(String key) {
        Entity entity = entities.get(key);
        if (entity != null) {
            return Optional.ofNullable(entity.country());
        }
        List<String> path = path(key);
        return path.isEmpty() ? Optional.empty() : Optional.of(path.get(path.size() - 1));
    }

    public Optional<Place> place(String key) {
        return Optional.ofNullable(places.get(key));
    }

    public Optional<Entity> entity(String key) {
        return Optional.ofNullable(entities.get(key));
    }

    public Collection<Place> places() {
        return places.values();
    }

    public Collection<Entity> entities() {
        return entities.values();
    }

    /** The context of ambiguous names is worked out only when a name needs it, and then once. */
    private static <T> Supplier<T> once(Supplier<T> supplier) {
        List<T> box = new ArrayList<>(1);
        return () -> {
            if (box.isEmpty()) {
                box.add(supplier.get());
            }
            return box.get(0);
        };
    }

    private static <T> List<T> distinct(List<Target<T>> targets) {
        List<T> out = new ArrayList<>(targets.size());
        targets.forEach(t -> {
            if (!out.contains(t.value())) {
                out.add(t.value());
            }
        });
        return out;
    }

    private static <T> String nameOf(Match<T> match, T chosen) {
        return match.targets().stream().filter(t -> t.value() == chosen).findFirst().orElseThrow().name();
    }

    private static Span span(NormalizedText normalized, Match<?> match) {
        int[] original = normalized.toOriginal(match.start(), match.end());
        return new Span(original[0], original[1]);
    }
}
