package org.corroborate.gazetteer;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.corroborate.gazetteer.NameMatcher.Match;

/**
 * Which of several places (or entities) a shared name stands for. Deterministic, and only from
 * the text itself: the broadest of nested places; the one in a country the text otherwise names;
 * the one marked {@code prefer}; the first by key.
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

    Place choose(List<Place> candidates, Set<String> context) {
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        for (Place candidate : candidates) {
            if (candidates.stream().allMatch(other -> gazetteer.path(other.key()).contains(candidate.key()))) {
                return candidate;
            }
        }
        List<Place> named = candidates.stream()
                .filter(c -> gazetteer.country(c.key()).map(context::contains).orElse(false)).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        List<Place> pool = named.isEmpty() ? candidates : named;
        return pool.stream().filter(Place::prefer).findFirst()
                .orElse(pool.stream().min(Comparator.comparing(Place::key)).orElseThrow());
    }

    Entity chooseEntity(List<Entity> candidates, Set<String> context) {
        List<Entity> named = candidates.stream().filter(e -> e.country() != null && context.contains(e.country())).toList();
        List<Entity> pool = named.isEmpty() ? candidates : named;
        return pool.stream().min(Comparator.comparing(Entity::key)).orElseThrow();
    }
}
