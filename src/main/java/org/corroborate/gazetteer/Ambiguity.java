package org.corroborate.gazetteer;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.corroborate.gazetteer.NameMatcher.Match;

/**
 * Which of several places (or entities) a shared name stands for. Deterministic, and only from
 * the text itself: the broadest of nested places (حمص: the governorate, containing the city);
 * else those in the one country the text otherwise names, or failing that the country of the
 * place marked {@code prefer} (عمان: Amman), and the broadest of those; else the first by key.
 */
final class Ambiguity {
    private final Gazetteer gazetteer;

    Ambiguity(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Countries the text names without doubt: places of one country, and demonyms. */
    Set<String> countriesNamed(List<Match<Place>> matches, List<NationalityMention> nationalities) {
        Set<String> out = new HashSet<>();
        for (Match<Place> match : matches) {
            Set<String> countries = new HashSet<>();
            match.targets().forEach(t -> gazetteer.country(t.value().key()).ifPresent(countries::add));
            if (countries.size() == 1) {
                out.addAll(countries);
            }
        }
        nationalities.forEach(n -> out.add(n.code().toLowerCase(Locale.ROOT)));
        return out;
    }

    Place choose(List<Place> candidates, Supplier<Set<String>> context) {
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        Optional<Place> broadest = broadest(candidates);
        if (broadest.isPresent()) {
            return broadest.get();
        }
        Set<String> countries = context.get();
        List<Place> pool = candidates.stream().filter(c -> countries.contains(country(c))).toList();
        if (pool.stream().map(this::country).distinct().count() != 1) {
            List<Place> among = pool.isEmpty() ? candidates : pool;
            Optional<Place> preferred = among.stream().filter(Place::prefer).findFirst();
            pool = preferred.map(p -> among.stream().filter(c -> country(c).equals(country(p))).toList()).orElse(among);
        }
        List<Place> chosen = pool;
        return broadest(chosen).orElseGet(() -> chosen.stream().min(Comparator.comparing(Place::key)).orElseThrow());
    }

    /** The candidate that contains all the others, if one does. */
    private Optional<Place> broadest(List<Place> candidates) {
        return candidates.stream()
                .filter(c -> candidates.stream().allMatch(other -> gazetteer.path(other.key()).contains(c.key())))
                .findFirst();
    }

    private String country(Place place) {
        return gazetteer.country(place.key()).orElse("");
    }

    Entity chooseEntity(List<Entity> candidates, Supplier<Set<String>> context) {
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        Set<String> countries = context.get();
        List<Entity> named = candidates.stream().filter(e -> e.country() != null && countries.contains(e.country())).toList();
        List<Entity> pool = named.isEmpty() ? candidates : named;
        return pool.stream().min(Comparator.comparing(Entity::key)).orElseThrow();
    }
}
