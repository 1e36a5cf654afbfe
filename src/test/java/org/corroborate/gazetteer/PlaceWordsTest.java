package org.corroborate.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.corroborate.api.Language;
import org.corroborate.extract.RuleKinds;
import org.corroborate.rules.Example;
import org.corroborate.rules.OneFilePack;
import org.corroborate.rules.RulePackException;
import org.corroborate.rules.RulePacks;
import org.corroborate.rules.RuleSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code places} rule kind: the words {@link StatedPlaces} reads by are data, loaded and checked
 * with the other packs, and a word a newsroom adds is read.
 */
class PlaceWordsTest {

    private static final String ENGLISH = """
            prepositions: [in, near]
            kinds: [town, village]
            name_ends: [on, after]
            not_names: [march, monday]
            name_openers: [north]
            examples:
              - {text: "Two men were shot in Kendal on Friday.", expect: {place: Kendal}}
            negative_examples: ["The vote was held in March."]
            """;

    private static final String ARABIC = """
            prepositions: [في, بالقرب من]
            clitics: [ب]
            kinds: [قرية, بلدة]
            compound_openers: [كفر]
            not_names: [مجاورة]
            examples:
              - {text: "أصيب راع في قرية كفر سوسة.", expect: {place: كفر سوسة}}
            negative_examples: ["وقع الحادث في قرية مجاورة."]
            """;

    @TempDir
    Path root;

    private RulePacks load(String language, String yaml) throws IOException {
        OneFilePack.write(root, language, "places", "places.yaml", yaml);
        return RulePacks.load(RuleSource.directory(root), RuleKinds.ALL);
    }

    private static String stated(StatedPlaces places, String text) {
        StatedPlaces.Stated s = places.find(text, 0, text.length(), span -> false);
        return s == null ? null : s.text();
    }

    private static String shipped(String path) throws IOException {
        return Files.readString(Path.of("rules").resolve(path));
    }

    @Test
    void theShippedPacksHoldAPlacesFileForEachLanguage() {
        RulePacks packs = ShippedGazetteer.PACKS;
        assertThat(packs.forLanguage(Language.EN, PlaceWords.class)).singleElement()
                .satisfies(f -> assertThat(f.kinds()).contains("town", "village"));
        assertThat(packs.forLanguage(Language.AR, PlaceWords.class)).singleElement()
                .satisfies(f -> assertThat(f.compoundOpeners()).contains("كفر", "بيت"));
        assertThat(packs.files("common", PlaceWords.class)).isEmpty();
    }

    @Test
    void theShippedExamplesAreReadAsTheyExpect() {
        StatedPlaces places = ShippedGazetteer.GAZETTEER.statedPlaces();
        for (PlaceWords file : ShippedGazetteer.PACKS.packs().stream()
                .flatMap(p -> ShippedGazetteer.PACKS.files(p, PlaceWords.class).stream()).toList()) {
            for (Example example : file.examples()) {
                assertThat(stated(places, example.text())).as(example.text())
                        .isEqualTo(example.expect().path("place").asText());
            }
            for (String negative : file.negativeExamples()) {
                assertThat(stated(places, negative)).as(negative).isNull();
            }
        }
    }

    @Test
    void aSmallFileIsReadWithItsOwnWordsOnly() throws IOException {
        StatedPlaces places = StatedPlaces.of(load("en", ENGLISH));
        assertThat(stated(places, "Two men were shot in Kendal on Friday.")).isEqualTo("Kendal");
        assertThat(stated(places, "A fire broke out near the village of Low Row.")).isEqualTo("Low Row");
        // "at" is no preposition of this file, and "the county of" no kind of it
        assertThat(stated(places, "Two men were shot at Kendal on Friday.")).isNull();
        assertThat(stated(places, "A fire broke out in the county of Durham.")).isNull();
        // without an Arabic file, no Arabic place is read
        assertThat(stated(places, "أصيب راع في قرية كفر سوسة.")).isNull();
    }

    @Test
    void anArabicPhraseIsAPrepositionOfItsWords() throws IOException {
        StatedPlaces places = StatedPlaces.of(load("ar", ARABIC));
        assertThat(stated(places, "أصيب راع في قرية كفر سوسة.")).isEqualTo("كفر سوسة");
        assertThat(stated(places, "سقطت قذيفة بالقرب من بلدة الصنمين.")).isEqualTo("الصنمين");
        assertThat(stated(places, "اعتقلت القوات شابين ببلدة الصنمين.")).isEqualTo("الصنمين");
        assertThat(stated(places, "وقع الحادث في قرية مجاورة.")).isNull();
        assertThat(stated(places, "Two men were shot in Kendal on Friday.")).isNull();
    }

    @Test
    void aWordAddedToTheShippedEnglishFileIsRead() throws IOException {
        StatedPlaces before = ShippedGazetteer.GAZETTEER.statedPlaces();
        String parish = "Flooding cut off homes in the parish of Kirkby Thore overnight.";
        String tonight = "Police sealed off a street in Carlisle tonight.";
        assertThat(stated(before, parish)).isNull();
        assertThat(stated(before, tonight)).isNull();

        String edited = shipped("en/places.yaml")
                .replace("kinds: [town,", "kinds: [parish, town,")
                .replace("name_ends: [on,", "name_ends: [tonight, on,");
        assertThat(edited).isNotEqualTo(shipped("en/places.yaml"));
        StatedPlaces after = StatedPlaces.of(load("en", edited));
        assertThat(stated(after, parish)).isEqualTo("Kirkby Thore");
        assertThat(stated(after, tonight)).isEqualTo("Carlisle");
    }

    @Test
    void aWordAddedToTheShippedArabicFileIsRead() throws IOException {
        StatedPlaces before = ShippedGazetteer.GAZETTEER.statedPlaces();
        String hamlet = "قتل مزارع برصاص مجهولين في عزبة الشرقاوي.";
        String funfair = "أصيب ثلاثة أطفال في مدينة الملاهي بعد سقوط لعبة.";
        assertThat(stated(before, hamlet)).isNull();
        assertThat(stated(before, funfair)).isEqualTo("الملاهي");

        String edited = shipped("ar/places.yaml")
                .replace("kinds: [مدينة,", "kinds: [عزبة, مدينة,")
                .replace("not_names: [أخرى,", "not_names: [الملاهي, أخرى,");
        assertThat(edited).isNotEqualTo(shipped("ar/places.yaml"));
        StatedPlaces after = StatedPlaces.of(load("ar", edited));
        assertThat(stated(after, hamlet)).isEqualTo("الشرقاوي");
        assertThat(stated(after, funfair)).isNull();
    }

    @Test
    void aPhraseWhereOneWordIsExpectedFailsLoading() {
        assertThatThrownBy(() -> load("en", ENGLISH.replace("kinds: [town, village]", "kinds: [town, market town]")))
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("places.yaml:2:")
                .hasMessageContaining("'market town' must be a single word");
        assertThatThrownBy(() -> load("en", ENGLISH.replace("prepositions: [in, near]", "prepositions: [in, close to]")))
                .hasMessageContaining("places.yaml:1:")
                .hasMessageContaining("'close to' must be a single word (English prepositions are)");
        assertThatThrownBy(() -> load("ar", ARABIC.replace("compound_openers: [كفر]", "compound_openers: [كفر, بيت لحم]")))
                .hasMessageContaining("'بيت لحم' must be a single word");
    }

    @Test
    void wordsTheFileCannotReadFailLoading() {
        assertThatThrownBy(() -> load("ar", ARABIC + "name_ends: [بعد]\n"))
                .hasMessageContaining("name_ends is read in English only");
        assertThatThrownBy(() -> load("en", ENGLISH + "compound_openers: [north]\n"))
                .hasMessageContaining("compound_openers is read in Arabic only");
        assertThatThrownBy(() -> load("ar", ARABIC.replace("kinds: [قرية, بلدة]", "kinds: [قرية, village]")))
                .hasMessageContaining("'village' is not an Arabic word: it can never be read");
        assertThatThrownBy(() -> load("ar", ARABIC + "other_kinds: [منطقة, area]\n"))
                .hasMessageContaining("'area' is not an Arabic word: it can never be read");
        assertThatThrownBy(() -> load("en", ENGLISH + "other_kinds: [regency, Regency]\n"))
                .hasMessageContaining("'Regency' is listed twice in other_kinds");
        assertThatThrownBy(() -> load("en", ENGLISH + "name_prefixes: [al]\n"))
                .hasMessageContaining("'al' must be letters and a hyphen");
        assertThatThrownBy(() -> load("en", ENGLISH.replace("not_names: [march, monday]", "not_names: [march, Monday, monday]")))
                .hasMessageContaining("'monday' is listed twice in not_names");
        assertThatThrownBy(() -> load("en", ENGLISH.replace("kinds: [town, village]", "kinds: []")))
                .hasMessageContaining("kinds may not be empty");
    }

    @Test
    void theWordsOfKindOfBothLanguagesAreWhatTheComparisonSetsAside() throws IOException {
        StatedPlaces english = StatedPlaces.of(load("en", ENGLISH + "other_kinds: [regency]\n"));
        assertThat(english.kindWords()).contains("town", "village", "regency");
        // other_kinds open no stated place: "in the regency of Bogor" is read as no kind
        assertThat(stated(english, "Two men drowned in the regency of Bogor on Sunday.")).isNull();
    }

    @Test
    void keysAndExamplesAreChecked() {
        assertThatThrownBy(() -> load("en", ENGLISH.replace("kinds: [town, village]\n", "")))
                .isInstanceOf(RulePackException.class).hasMessageContaining("kinds");
        assertThatThrownBy(() -> load("en", ENGLISH.replace("name_openers:", "name_opener:")))
                .isInstanceOf(RulePackException.class).hasMessageContaining("name_opener");
        assertThatThrownBy(() -> load("en", ENGLISH.replace("expect: {place: Kendal}", "expect: {value: 2}")))
                .hasMessageContaining("an example expects the place it states");
    }

    @Test
    void aSharedPackHoldsNoPlacesFile() throws IOException {
        Files.createDirectories(root.resolve("common"));
        Files.writeString(root.resolve("index.yaml"), "packs: [common]\n");
        Files.writeString(root.resolve("common/manifest.yaml"),
                "pack: common\nfiles:\n  - {path: places.yaml, kind: places}\n");
        Files.writeString(root.resolve("common/places.yaml"), ENGLISH);
        assertThatThrownBy(() -> RulePacks.load(RuleSource.directory(root), RuleKinds.ALL))
                .hasMessageContaining("a places file belongs to a language pack");
    }

    @Test
    void packsWithNoPlacesFileReadNoPlace() throws IOException {
        OneFilePack.write(root, "en", "durations", "durations.yaml", "rules: []\nnegative_examples: [\"nothing here\"]\n");
        RulePacks none = RulePacks.load(RuleSource.directory(root), RuleKinds.ALL);
        assertThat(none.forLanguage(Language.EN, PlaceWords.class)).isEmpty();
        assertThat(stated(StatedPlaces.of(none), "Two men were shot in Kendal on Friday.")).isNull();
    }
}
