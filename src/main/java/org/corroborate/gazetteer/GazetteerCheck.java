package org.corroborate.gazetteer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.corroborate.api.Language;
import org.corroborate.rules.Problems;

/**
 * The semantic checks of one gazetteer file, against all gazetteer files of the packs. Each file
 * reports only its own entries, so a clash between two files is reported once, at the later one.
 * Keys unique across places and entities; a parent that resolves, of a kind the place may lie
 * in, with no cycle, under a country whose key starts the place's key; at least one Arabic and
 * one English name, each in its script; no name claimed twice by entries of one kind under one
 * parent; no demonym claimed by two countries.
 */
final class GazetteerCheck {
    private static final Pattern PLACE_KEY = Pattern.compile("[a-z]{2}(\\.[a-z0-9_]+)+");
    private static final Pattern ENTITY_KEY = Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+)*");
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries()).stream()
            .map(c -> c.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final GazetteerFile file;
    private final Problems problems;
    private final List<GazetteerFile> all;
    private final Map<String, Place> places = new HashMap<>();
    private final Map<String, String> firstKeys = new HashMap<>();
    private final Map<String, String> firstNames = new HashMap<>();
    private final Map<String, String> firstDemonyms = new HashMap<>();

    GazetteerCheck(GazetteerFile file, Problems problems, List<GazetteerFile> all) {
        this.file = file;
        this.problems = problems;
        this.all = all;
    }

    void run() {
        all.forEach(f -> f.places().forEach(p -> places.putIfAbsent(p.key(), p)));
        for (GazetteerFile other : all) {
            boolean mine = other == file;
            claimAll(other, mine);
            if (mine) {
                break;
            }
        }
        for (int i = 0; i < file.places().size(); i++) {
            checkPlace(file.places().get(i), "places/" + i);
        }
        for (int i = 0; i < file.entities().size(); i++) {
            checkEntity(file.entities().get(i), "entities/" + i);
        }
        checkNames(file.placeCues(), "place_cues", false);
        checkNames(file.stopPhrases(), "stop_phrases", false);
    }

    /** Records the keys, names and demonyms of {@code f}; reports repeats when it is this file. */
    private void claimAll(GazetteerFile f, boolean mine) {
        String where = mine ? "" : " in another gazetteer file";
        for (int i = 0; i < f.places().size(); i++) {
            Place p = f.places().get(i);
            String path = "places/" + i;
            claim(firstKeys, p.key(), path + where, mine, path + "/key", "key '" + p.key() + "' is also defined at ");
            String scope = "place " + p.kind().wire() + " in " + p.parent();
            claimNames(p.names(), scope, path + where, mine, path + "/names");
            for (String form : nonNull(p.demonyms().ar())) {
                Demonyms.arabicForms(form).forEach(derived -> claim(firstDemonyms, "ar " + Tokens.folded(derived),
                        p.key(), mine, path + "/demonyms/ar", "demonym form '" + derived + "' also belongs to "));
            }
            for (String form : nonNull(p.demonyms().en())) {
                claim(firstDemonyms, "en " + form, p.key(), mine, path + "/demonyms/en",
                        "demonym '" + form + "' also belongs to ");
            }
        }
        for (int i = 0; i < f.entities().size(); i++) {
            Entity e = f.entities().get(i);
            String path = "entities/" + i;
            claim(firstKeys, e.key(), path + where, mine, path + "/key", "key '" + e.key() + "' is also defined at ");
            claimNames(e.names(), "entity " + e.kind().wire() + " of " + e.country(), path + where, mine, path + "/names");
        }
    }

    private void claimNames(Names names, String scope, String owner, boolean mine, String path) {
        for (Language language : Language.values()) {
            Set<String> own = new HashSet<>();
            for (String name : nonNull(names.of(language))) {
                String folded = Tokens.folded(name);
                if (own.add(folded)) {
                    claim(firstNames, scope + " " + language + " " + folded, owner, mine, path + "/" + language.code(),
                            "name '" + name + "' (" + scope + ") is also claimed at ");
                }
            }
        }
    }

    /** Null names ({@code [~]}) are reported by {@link #check}; the other checks pass them by. */
    private static List<String> nonNull(List<String> names) {
        return names.stream().filter(java.util.Objects::nonNull).toList();
    }

    private void claim(Map<String, String> first, String what, String owner, boolean mine, String path, String message) {
        String previous = first.putIfAbsent(what, owner);
        if (previous != null && mine && !previous.equals(owner)) {
            problems.at(path, message + previous);
        }
    }

    private void checkPlace(Place p, String path) {
        if (p.kind() == PlaceKind.COUNTRY) {
            if (!ISO_COUNTRIES.contains(p.key())) {
                problems.at(path + "/key", "a country's key is its ISO 3166 alpha-2 code in lower case, not '" + p.key() + "'");
            }
            if (p.parent() != null) {
                problems.at(path + "/parent", "a country has no parent");
            }
        } else {
            if (!PLACE_KEY.matcher(p.key()).matches()) {
                problems.at(path + "/key", "place key '" + p.key() + "' must look like sy.homs.palmyra");
            }
            checkParent(p, path);
        }
        if (p.kind() != PlaceKind.COUNTRY && (!p.demonyms().ar().isEmpty() || !p.demonyms().en().isEmpty())) {
            problems.at(path + "/demonyms", "only a country has demonyms");
        }
        checkNames(p.names(), path + "/names", true);
        checkNames(p.demonyms(), path + "/demonyms", false);
        checkCueNames(p.needsCue(), p.names(), path + "/needs_cue");
        checkCueNames(p.needsContext(), p.names(), path + "/needs_context");
    }

    private void checkParent(Place p, String path) {
        if (p.parent() == null) {
            problems.at(path, "a " + p.kind().wire() + " needs a parent");
            return;
        }
        Place parent = places.get(p.parent());
        if (parent == null) {
            problems.at(path + "/parent", "parent '" + p.parent() + "' is not a place of the gazetteer");
            return;
        }
        if (!p.kind().mayLieIn(parent.kind())) {
            problems.at(path + "/parent", "a " + p.kind().wire() + " cannot lie in a " + parent.kind().wire()
                    + " ('" + parent.key() + "')");
        }
        Set<String> seen = new HashSet<>(Set.of(p.key()));
        Place up = parent;
        while (up.parent() != null && places.containsKey(up.parent())) {
            if (!seen.add(up.key())) {
                problems.at(path + "/parent", "parents of '" + p.key() + "' form a cycle through '" + up.key() + "'");
                return;
            }
            up = places.get(up.parent());
        }
        if (up.kind() == PlaceKind.COUNTRY && !p.key().startsWith(up.key() + ".")) {
            problems.at(path + "/key", "key '" + p.key() + "' must start with its country's key '" + up.key() + ".'");
        }
    }

    private void checkEntity(Entity e, String path) {
        if (!ENTITY_KEY.matcher(e.key()).matches()) {
            problems.at(path + "/key", "entity key '" + e.key() + "' must be lower-case dotted words, like isis or iq.interior_ministry");
        }
        if (e.country() != null) {
            Place country = places.get(e.country());
            if (country == null || country.kind() != PlaceKind.COUNTRY) {
                problems.at(path + "/country", "country '" + e.country() + "' is not a country of the gazetteer");
            }
        }
        checkNames(e.names(), path + "/names", true);
        checkCueNames(e.needsCue(), e.names(), path + "/needs_cue");
    }

    private void checkNames(Names names, String path, boolean required) {
        check(names.ar(), path + "/ar", required, Tokens::hasArabicLetter, "Arabic");
        check(names.en(), path + "/en", required, Tokens::hasLatinLetter, "English");
    }

    private void check(List<String> names, String path, boolean required, Predicate<String> script, String language) {
        if (required && names.isEmpty()) {
            problems.at(path, "needs at least one " + language + " name");
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null || Tokens.folded(name).isEmpty()) {
                problems.at(path + "/" + i, "name '" + name + "' has no letters once normalised");
            } else if (!script.test(name)) {
                problems.at(path + "/" + i, "'" + name + "' is listed as " + language + " but has no " + language + " letter");
            }
        }
    }

    private void checkCueNames(Names cueNames, Names names, String path) {
        for (Language language : Language.values()) {
            Set<String> known = new HashSet<>();
            nonNull(names.of(language)).forEach(n -> known.add(Tokens.folded(n)));
            List<String> list = cueNames.of(language);
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == null || !known.contains(Tokens.folded(list.get(i)))) {
                    problems.at(path + "/" + language.code() + "/" + i, "'" + list.get(i) + "' in "
                            + path.substring(path.lastIndexOf('/') + 1) + " is not one of the names");
                }
            }
        }
    }
}
