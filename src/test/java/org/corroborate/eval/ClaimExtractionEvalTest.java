package org.corroborate.eval;

import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.corroborate.api.Claim;
import org.corroborate.api.DateClaim;
import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.corroborate.api.Span;
import org.corroborate.extract.ClaimExtractor;
import org.corroborate.extract.quote.QuoteFinder;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Precision and recall of claim extraction per type on the development sets ({@code dev} to
 * {@code dev39}, each committed before the rules were tuned to it) and on the blind sets
 * ({@code blind} to {@code blind16}: written by sessions that never read the code, never tuned to),
 * each held to committed floors: raised as the rates rise, and lowered only with the reason written in
 * {@code floors.properties}. Figures: {@code target/eval/claims.md}.
 *
 * <p>A count's sourcing ("twelve people were killed, the ministry said") is a quote claim marked {@code sourcing}
 * (team decision of 2026-11-30, third). Each set follows one convention for those statements: its writer either
 * counted every attributed statement as a quote ({@link #EVERY_STATEMENT_A_QUOTE}) or followed rule 4 of dev (the
 * statement is the count's sourcing, no quote). Row {@code quote} scores each set by its own convention: for a rule-4
 * set, found quotes marked {@code sourcing} are left out before scoring (neither true nor false, as a CMS that follows
 * rule 4 drops them); for the others every found quote counts. Row {@code quote*} is rule 4 for every set.
 *
 * <p>Dates split the plain readers the same way (survey of the sets' READMEs, 2026-12-02). A dated event told among a
 * quote's words is a date claim under rule 21a of dev, and the extractor marks it {@code in_statement}; half the writers
 * leave it to the quote. An event fixed for a day after publication is a date claim under rule 21b, marked {@code
 * scheduled}; a few writers give it none. Row {@code date} scores each set by its writer's stated convention: the found
 * date claims that convention drops (as a CMS following it would, by those two marks) are left out before scoring,
 * neither true nor false (a few of those writers read a trailing tag, "…, the ministry announced", as the event's source
 * and keep its date: {@link #TRAILING_TAGS_SOURCE}). Row {@code date*} is our rules 21a and 21b for every set: every
 * found date claim counts.
 */
class ClaimExtractionEvalTest {
    private static final Path SETS = Path.of("src/test/resources/eval/claims");
    private static final ClaimExtractor EXTRACTOR =
            ShippedRules.extractor();
    private static final StringBuilder REPORT = new StringBuilder("# Claim extraction: precision and recall\n\n");
    /**
     * The figures summed over the development sets and over the blind sets, per language and both: the
     * issue's "both sets", each many sets now, every set weighted by its claims.
     */
    private static final Map<String, Scores> SUMMED = new TreeMap<>();
    /** Every set, development sets first, in the order of the report; each is read in both languages. */
    static final List<String> ALL_SETS = List.of(
            "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14",
            "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27",
            "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "dev35", "dev36", "dev37", "dev38", "dev39", "dev40", "dev41",
            "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12",
            "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19");

    /**
     * The sets whose writer counted every attributed statement as a quote, a count's sourcing too (", police said" on a
     * toll sentence), as the plain product description reads (their READMEs say so): blind, blind3 and blind4; dev16 (B6
     * of its README); dev21 (B12, session 14); dev22 (B10), dev23 (B6) and blind7 (B4) of session 15; dev24 (B14),
     * dev25 (B15, B17) and blind8 (B5, B6) of session 16; dev26 (B13), dev27 (B15) and blind9 (B15, B16) of session 17;
     * dev28 (B7), dev29 (B11), blind10 (B1), dev30 (B11), dev31 (B7) and blind11 (B1) of session 18; blind12 (B6),
     * dev32 (B12), dev33 (B5), dev34 (B5) and dev35 (B6) of session 19; blind13 (B8), dev36 (B7) and dev37 (B10) of session 20;
     * dev38 (B11, B12) and dev39 (its brief) of session 25; blind15 (B3) of session 26.
     * Every other set follows rule 4 of dev (blind2, dev17; dev18, dev19 and blind5 of session 13; dev20 and blind6 of
     * session 14; blind14 (B5) of session 22; blind16 (B1) of session 28; blind17 (B1) and dev40 (B1) of session 29; blind18 (B1) and dev41 (B1) of session 30; blind19 (B1) of session 31: their READMEs say a trailing source on a count
     * sentence is no quote).
     */
    static final Set<String> EVERY_STATEMENT_A_QUOTE = Set.of("blind", "blind3", "blind4", "dev16", "dev21", "dev22",
            "dev23", "blind7", "dev24", "dev25", "blind8", "dev26", "dev27", "blind9", "dev28", "dev29", "blind10", "dev30", "dev31",
            "blind11", "blind12", "dev32", "dev33", "dev34", "dev35", "blind13", "dev36", "dev37", "dev38", "dev39", "blind15");

    /**
     * The sets whose writer leaves a dated event told inside a quote's words, direct or reported, to the quote: no date
     * claim (their READMEs: dev16 B10, dev17 B2, dev19 B7/B12, dev20 B5, dev21 B15, dev25 B3, dev30 B5, dev33 B3, dev35
     * B19, dev39 B1, dev41 B8, blind19 B6 (with B1: a reported clause is a reported quote), blind4 B8, blind5 B5, blind6 B11, blind7 B3, blind12 B9, blind13 B9, blind14 B1/B2). dev13 (N7) is not among
     * them: its gold was re-annotated under rule 21a (CONVENTION-2026-11-30.md).
     */
    static final Set<String> DATES_LEFT_TO_THE_QUOTE = Set.of("dev16", "dev17", "dev19", "dev20", "dev21", "dev25", "dev30",
            "dev33", "dev35", "dev39", "dev41", "blind4", "blind5", "blind6", "blind7", "blind12", "blind13", "blind14", "blind19");
    /**
     * The sets whose writer leaves a past event told inside a quote to the quote but gives a scheduled one its date claim
     * (dev31 B13).
     */
    static final Set<String> PAST_DATES_LEFT_TO_THE_QUOTE = Set.of("dev31");
    /**
     * The sets whose writer gives a past event told inside a quote its date claim but leaves future plans inside a quote
     * to the quote (dev36 B10).
     */
    static final Set<String> SCHEDULED_DATES_LEFT_TO_THE_QUOTE = Set.of("dev36");
    /**
     * The sets whose writer gives an event told inside reported speech its date claim but leaves one inside a direct
     * quotation to the quote (blind10 B9; blind17 B2 and B9: reported speech of a dated event gives its date claim, "dates
     * inside quotes" none; dev40 B1 and B2: its B2 leaves dates "inside quoted words (direct or reported)" to the quote, but
     * its B1 and its gold give a date told in reported speech its claim in about 11 cases of its Arabic half (ar-002, -007,
     * -012, -015, -018, -019, -022, -027), where dates inside quotation marks (ar-020, ar-030) get none; first scored with
     * DATES_LEFT_TO_THE_QUOTE, moved here in session 29 after the d40ar round listed those cases; blind18 B1 and B10: a
     * statement that only attributes a dated event gives the date claim alone, dates inside a direct quote's words none).
     */
    static final Set<String> DIRECT_DATES_LEFT_TO_THE_QUOTE = Set.of("blind10", "blind17", "blind18", "dev40");
    /**
     * The sets whose writer takes a reported statement whose content is a dated event for that event's sourcing, as rule 4
     * takes one of a count: the date claim alone, no quote (dev40 B1; blind17 B2; blind18 B1). Row {@code quote}
     * leaves out, for these sets, the found reported quotes (not direct ones) among whose words a scored date claim is
     * told; the extractor still gives them (rule 25), as it gives a count's sourcing marked {@code sourcing}. dev8 (G1) says
     * so of a dated past or present event only, and its gold keeps the quotes of announced plans ("The union said talks
     * would resume on Friday"): read as this row reads, it lost 8 true quotes for 12 false ones (measured in session 30,
     * when the row came in), so it is not among them.
     */
    static final Set<String> DATED_STATEMENTS_SOURCE = Set.of("dev40", "blind17", "blind18");
    /**
     * The sets whose writer gives an event fixed for a day after publication no date claim (dev20 B5, dev35 B19, blind2 as
     * dev's rule 3 read before rule 21b). dev8 (G13) is not among them: its gold was re-annotated under rule 21b
     * (CONVENTION-2026-11-30-scheduled.md).
     */
    static final Set<String> NO_SCHEDULED_DATES = Set.of("dev20", "dev35", "blind2");
    /**
     * The sets whose writer gives a background past event no date claim, only the events the story reports (dev20 B5,
     * dev25 B1, dev32 by its gold en-016 and ar-004). A CMS tells background by the claim's date against publication: an
     * event that ended more than {@link #BACKGROUND_DAYS} days before it. On those sets 43 of the 58 false date claims are
     * that old, and 1 of their gold date claims (measured 2026-12-02, before this row). blind9 (B18) and blind10 (B9) say
     * "background" too, but of a "since" boundary and of a year in a name ("the 2022 general election"), which our rules
     * give no date claim either; read as this row reads it, their gold loses 2 true dates for 1 false one (measured once,
     * figures only), so they are scored by ours.
     */
    static final Set<String> NO_BACKGROUND_DATES = Set.of("dev20", "dev25", "dev32");
    /** The sets whose writer gives background dated by its year alone no date claim, one dated by month or day one (dev22 B8). */
    static final Set<String> NO_BACKGROUND_YEARS = Set.of("dev22");
    /** How long before publication an event must have ended to be background ({@link #background}): two months. */
    static final int BACKGROUND_DAYS = 60;
    /**
     * The sets of {@link #DATES_LEFT_TO_THE_QUOTE} whose writer reads a trailing tag on a dated event as its source, not a
     * statement that carries it: the date claim stands (dev17 B2, dev19 B5, dev20 with its gold ar-009 and ar-024, blind5
     * B2).
     */
    static final Set<String> TRAILING_TAGS_SOURCE = Set.of("dev17", "dev19", "dev20", "blind5");

    /** Each set is there, big enough, and held to floors: a set wired without them would pass on any figure. */
    @Test
    void evaluationSetsAreThereAndBigEnough() throws IOException {
        Properties floors = floors();
        for (String set : ALL_SETS) {
            for (String lang : List.of("ar", "en")) {
                int min = set.equals("dev") ? 60 : set.equals("dev11") ? 8 : 30; // dev11: whole articles, about 20 claims each
                assertThat(GoldCase.read(SETS.resolve(set).resolve(lang + ".jsonl"))).hasSizeGreaterThanOrEqualTo(min);
                assertThat(floors.stringPropertyNames()).as(set + "/" + lang + " floors")
                        .anyMatch(key -> key.startsWith(set + "." + lang + "."));
            }
        }
    }

    static Stream<Arguments> setsAndLanguages() {
        return ALL_SETS.stream().flatMap(set -> Stream.of(Arguments.of(set, "ar"), Arguments.of(set, "en")));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("setsAndLanguages")
    void meetsTheFloors(String set, String lang) throws IOException {
        // -Deval.devOnly=true: a session tuning the rules to the development sets runs without the blind ones
        assumeFalse(set.startsWith("blind") && Boolean.getBoolean("eval.devOnly"), "blind sets left out (eval.devOnly)");
        Scores scores = score(set, GoldCase.read(SETS.resolve(set).resolve(lang + ".jsonl")));
        REPORT.append(scores.table(set + "/" + lang)).append('\n');
        String group = set.startsWith("blind") ? "blind sets" : "development sets";
        synchronized (SUMMED) {
            for (String key : List.of(group + ", " + lang, group + ", both languages")) {
                SUMMED.computeIfAbsent(key, k -> new Scores()).addAll(scores);
            }
        }
        Properties floors = floors();
        for (String type : List.of("casualty", "arrest", "quote", "quote*", "date", "date*")) {
            String key = set + "." + lang + "." + type;
            assertThat(scores.precision(type)).as(key + " precision")
                    .isGreaterThanOrEqualTo(Double.parseDouble(floors.getProperty(key + ".precision", "0")));
            assertThat(scores.recall(type)).as(key + " recall")
                    .isGreaterThanOrEqualTo(Double.parseDouble(floors.getProperty(key + ".recall", "0")));
        }
    }

    @AfterAll
    static void writeReport() throws IOException {
        Path out = Path.of("target/eval/claims.md");
        Files.createDirectories(out.getParent());
        StringBuilder summed = new StringBuilder("## Summed over the sets\n\n");
        synchronized (SUMMED) {
            SUMMED.forEach((group, scores) -> summed.append(scores.table("summed: " + group)).append('\n'));
        }
        Files.writeString(out, REPORT + summed.toString());
    }

    /**
     * The claims of {@code found} that {@code set}'s writer would score: all of them for a set in {@link
     * #EVERY_STATEMENT_A_QUOTE}, else all but the quotes marked {@code sourcing} (rule 4 of dev); and without the date
     * claims its convention leaves to a quote or gives none ({@link #leftOut}); for a set of {@link
     * #DATED_STATEMENTS_SOURCE}, without the reported quotes whose dated event is scored as a date claim.
     */
    static List<Claim> scored(GoldCase c, String set, List<Claim> found) {
        List<Claim> quotes = EVERY_STATEMENT_A_QUOTE.contains(set) ? found : withoutSourcing(found);
        LocalDate published = c.published() == null ? null : LocalDate.parse(c.published());
        List<Claim> kept = quotes.stream().filter(f -> !(f instanceof DateClaim d
                && (leftOut(c.text(), set, d, found) || background(set, d, published)))).toList();
        return DATED_STATEMENTS_SOURCE.contains(set) ? withoutDatedStatements(kept) : kept;
    }

    /** {@code scored} without the reported quotes that a date claim of {@code scored} names as its statement. */
    private static List<Claim> withoutDatedStatements(List<Claim> scored) {
        Set<String> statements = scored.stream().filter(DateClaim.class::isInstance).map(DateClaim.class::cast)
                .filter(DateClaim::inStatement).map(DateClaim::statement).collect(java.util.stream.Collectors.toSet());
        return scored.stream().filter(f -> !(f instanceof QuoteClaim q && !q.direct() && statements.contains(q.id())))
                .toList();
    }

    /**
     * Whether {@code set}'s writer gives the found date claim {@code d} no date claim as a background event: one that ended
     * more than {@link #BACKGROUND_DAYS} days before publication, in a set of {@link #NO_BACKGROUND_DATES}, or one dated
     * by its year alone in a set of {@link #NO_BACKGROUND_YEARS}.
     */
    static boolean background(String set, DateClaim d, LocalDate published) {
        boolean old = published != null && d.date().end() != null
                && d.date().end().isBefore(published.minusDays(BACKGROUND_DAYS));
        return old && (NO_BACKGROUND_DATES.contains(set)
                || NO_BACKGROUND_YEARS.contains(set) && d.date().grain() == org.corroborate.api.Grain.YEAR);
    }

    /**
     * Whether {@code set}'s writer, by its stated convention, gives the found date claim {@code d} of {@code text} no date
     * claim; {@code found} are all the claims of the text.
     */
    static boolean leftOut(String text, String set, DateClaim d, List<Claim> found) {
        return d.inStatement() && (DATES_LEFT_TO_THE_QUOTE.contains(set) && !(TRAILING_TAGS_SOURCE.contains(set)
                        && statement(d, found).anyMatch(q -> underTrailingTag(text, q)))
                || PAST_DATES_LEFT_TO_THE_QUOTE.contains(set) && !d.scheduled()
                || SCHEDULED_DATES_LEFT_TO_THE_QUOTE.contains(set) && d.scheduled()
                || DIRECT_DATES_LEFT_TO_THE_QUOTE.contains(set) && statement(d, found).anyMatch(QuoteClaim::direct))
                || d.scheduled() && NO_SCHEDULED_DATES.contains(set);
    }

    /** The quote claim of {@code found} that the date claim {@code d} names as its {@code statement}, if any. */
    private static Stream<QuoteClaim> statement(DateClaim d, List<Claim> found) {
        return found.stream().filter(QuoteClaim.class::isInstance).map(QuoteClaim.class::cast)
                .filter(q -> q.id().equals(d.statement()));
    }

    /**
     * Whether the statement {@code q} names its speaker after its words, a trailing tag ("…, the football association
     * announced", "…, according to the energy ministry", «…، وفق ما أفادت به مصادر»).
     */
    private static boolean underTrailingTag(String text, QuoteClaim q) {
        Span said = QuoteFinder.quotedWords(text, q);
        String speaker = q.speaker().asWritten();
        int at = speaker == null ? -1 : text.indexOf(speaker, said.end());
        return at >= 0 && at < q.span().end();
    }

    /** {@code found} without the quotes marked {@code sourcing}. */
    static List<Claim> withoutSourcing(List<Claim> found) {
        return found.stream().filter(f -> !(f instanceof QuoteClaim q && q.sourcing())).toList();
    }

    private static Scores score(String set, List<GoldCase> cases) {
        Scores scores = new Scores();
        for (GoldCase c : cases) {
            LocalDate published = c.published() == null ? null : LocalDate.parse(c.published());
            List<Claim> all = EXTRACTOR.extract(c.text(), Language.fromCode(c.lang()), published);
            List<Claim> found = scored(c, set, all);
            for (String type : List.of("casualty", "arrest", "quote", "date")) {
                List<JsonNode> gold = c.claims().stream().filter(g -> g.get("type").asText().equals(type)).toList();
                List<Claim> mine = new ArrayList<>(found.stream().filter(f -> f.type().equals(type)).toList());
                int tp = matched(gold, mine);
                scores.add(type, tp, mine.size(), gold.size() - tp);
                if (type.equals("quote")) {
                    scoreQuotesOfOurConvention(c, gold, withoutSourcing(all), scores);
                }
                if (type.equals("date")) {
                    scoreDatesOfOurConvention(gold, all, scores);
                }
            }
        }
        return scores;
    }

    /**
     * "quote*": quotes under rule 4 of dev for every set, where a reported statement that only carries
     * counts ("the army said two soldiers were killed") is the count's sourcing and not also a quote.
     * The writers of {@link #EVERY_STATEMENT_A_QUOTE} counted such statements as quotes too; this row
     * leaves those gold quotes out, and {@code found} comes without the quotes marked {@code sourcing},
     * so the two conventions can be told apart in the figures.
     */
    private static void scoreQuotesOfOurConvention(GoldCase c, List<JsonNode> gold, List<Claim> found, Scores scores) {
        List<JsonNode> counted = c.claims().stream().filter(g -> g.has("evidence")
                && (g.get("type").asText().equals("casualty") || g.get("type").asText().equals("arrest"))).toList();
        List<JsonNode> kept = gold.stream().filter(q -> q.path("direct").asBoolean(false)
                || counted.stream().noneMatch(n -> q.get("quote").asText().contains(n.get("evidence").asText()))).toList();
        List<Claim> mine = new ArrayList<>(found.stream().filter(f -> f.type().equals("quote")).toList());
        gold.stream().filter(g -> !kept.contains(g)).forEach(left ->
                mine.stream().filter(f -> ClaimMatcher.matches(left, f)).findFirst().ifPresent(mine::remove));
        int tp = matched(kept, mine);
        scores.add("quote*", tp, mine.size(), kept.size() - tp);
    }

    /** "date*": every found date claim against every gold one, rules 21a and 21b of dev for every set. */
    private static void scoreDatesOfOurConvention(List<JsonNode> gold, List<Claim> all, Scores scores) {
        List<Claim> mine = new ArrayList<>(all.stream().filter(DateClaim.class::isInstance).toList());
        int tp = matched(gold, mine);
        scores.add("date*", tp, mine.size(), gold.size() - tp);
    }

    /**
     * How many of {@code gold} a claim of {@code mine} matches, each found claim matching once: the matched ones are
     * removed from {@code mine}, which is left with the false ones.
     */
    private static int matched(List<JsonNode> gold, List<Claim> mine) {
        int tp = 0;
        for (JsonNode g : gold) {
            Claim hit = mine.stream().filter(f -> ClaimMatcher.matches(g, f)).findFirst().orElse(null);
            if (hit != null) {
                mine.remove(hit);
                tp++;
            }
        }
        return tp;
    }

    private static Properties floors() throws IOException {
        Properties floors = new Properties();
        try (InputStream in = Files.newInputStream(SETS.resolve("floors.properties"))) {
            floors.load(in);
        }
        return floors;
    }
}
