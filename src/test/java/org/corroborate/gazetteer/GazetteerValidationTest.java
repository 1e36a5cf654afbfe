package org.corroborate.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.corroborate.rules.Problem;
import org.corroborate.extract.RuleKinds;
import org.corroborate.rules.RulePackException;
import org.corroborate.rules.RulePacks;
import org.corroborate.rules.RuleSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gazetteer files are validated strictly, across files, each problem with its file and line. */
class GazetteerValidationTest {

    private static final String VALID_A = """
            places:
              - {key: sy, kind: country, names: {ar: [سوريا], en: [Syria]}, demonyms: {ar: [سوري], en: [Syrian]}}
              - {key: sy.homs, kind: governorate, parent: sy, names: {ar: [حمص], en: [Homs]}}
            negative_examples: ["الطقس معتدل"]
            """;
    private static final String VALID_B = """
            places:
              - {key: sy.homs.palmyra, kind: city, parent: sy.homs, names: {ar: [تدمر], en: [Palmyra]}}
            entities:
              - {key: isis, kind: armed_group, names: {ar: [داعش], en: [ISIS]}}
            negative_examples: ["الطقس معتدل"]
            """;

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @BeforeEach
    void packs() throws IOException {
        write("index.yaml", "packs: [common]\n");
        write("common/manifest.yaml", """
                pack: common
                files:
                  - {path: a.yaml, kind: gazetteer}
                  - {path: b.yaml, kind: gazetteer}
                """);
        write("common/a.yaml", VALID_A);
        write("common/b.yaml", VALID_B);
    }

    private List<String> problems() {
        try {
            RulePacks.load(RuleSource.directory(root), RuleKinds.ALL);
        } catch (RulePackException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        return List.of();
    }

    @Test
    void loadsAGazetteerSplitOverTwoFiles() {
        Gazetteer gazetteer = Gazetteer.of(RulePacks.load(RuleSource.directory(root), RuleKinds.ALL));
        assertThat(gazetteer.path("sy.homs.palmyra")).containsExactly("sy.homs.palmyra", "sy.homs", "sy");
    }

    @Test
    void reportsAParentThatDoesNotResolveWithFileAndLine() throws IOException {
        write("common/b.yaml", VALID_B.replace("parent: sy.homs,", "parent: sy.hims,"));
        assertThat(problems()).singleElement().satisfies(p -> assertThat(p)
                .contains("b.yaml:2:").contains("parent 'sy.hims' is not a place of the gazetteer"));
    }

    @Test
    void reportsAKeyDefinedInTwoFilesAtTheLaterOne() throws IOException {
        write("common/b.yaml", VALID_B.replace("key: sy.homs.palmyra", "key: sy.homs"));
        assertThat(problems()).anySatisfy(p -> assertThat(p)
                .contains("b.yaml:2:").contains("key 'sy.homs' is also defined at places/1 in another gazetteer file"));
    }

    @Test
    void reportsAMissingEnglishName() throws IOException {
        write("common/b.yaml", VALID_B.replace(", en: [Palmyra]", ""));
        assertThatThrownBy(() -> RulePacks.load(RuleSource.directory(root), RuleKinds.ALL))
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("b.yaml:2: places/0/names: missing key 'en'");
    }

    @Test
    void reportsAnEmptyNameListAndANameInTheWrongScript() throws IOException {
        write("common/b.yaml", VALID_B.replace("en: [Palmyra]", "en: []").replace("en: [ISIS]", "en: [داعش]"));
        assertThat(problems()).anySatisfy(p -> assertThat(p).contains("b.yaml:2:").contains("needs at least one English name"))
                .anySatisfy(p -> assertThat(p).contains("b.yaml:4:").contains("'داعش' is listed as English"));
    }

    @Test
    void reportsACityThatLiesInACity() throws IOException {
        write("common/b.yaml", VALID_B.replace("""
                  - {key: sy.homs.palmyra, kind: city, parent: sy.homs, names: {ar: [تدمر], en: [Palmyra]}}
                """, """
                  - {key: sy.homs.palmyra, kind: city, parent: sy.homs, names: {ar: [تدمر], en: [Palmyra]}}
                  - {key: sy.homs.palmyra.old, kind: city, parent: sy.homs.palmyra, names: {ar: [تدمر القديمة], en: [Old Palmyra]}}
                """));
        assertThat(problems()).singleElement().satisfies(p -> assertThat(p)
                .contains("b.yaml:3:").contains("a city cannot lie in a city"));
    }

    @Test
    void reportsParentsThatFormACycle() throws IOException {
        write("common/b.yaml", VALID_B.replace("""
                  - {key: sy.homs.palmyra, kind: city, parent: sy.homs, names: {ar: [تدمر], en: [Palmyra]}}
                """, """
                  - {key: sy.x, kind: region, parent: sy.y, names: {ar: [س], en: [X]}}
                  - {key: sy.y, kind: region, parent: sy.x, names: {ar: [ص], en: [Y]}}
                """));
        assertThat(problems()).anySatisfy(p -> assertThat(p).contains("b.yaml:2:").contains("form a cycle"));
    }

    @Test
    void reportsCountryKeysThatAreNotIsoCodesAndPlacesOutsideTheirCountrysKeys() throws IOException {
        write("common/b.yaml", VALID_B.replace("""
                  - {key: sy.homs.palmyra, kind: city, parent: sy.homs, names: {ar: [تدمر], en: [Palmyra]}}
                """, """
                  - {key: xx, kind: country, names: {ar: [بلاد], en: [Nowhere]}}
                  - {key: iq.palmyra, kind: city, parent: sy.homs, names: {ar: [تدمر], en: [Palmyra]}}
                """));
        assertThat(problems()).anySatisfy(p -> assertThat(p).contains("b.yaml:2:").contains("ISO 3166 alpha-2"))
                .anySatisfy(p -> assertThat(p).contains("b.yaml:3:").contains("must start with its country's key 'sy.'"));
    }

    @Test
    void reportsANameClaimedTwiceUnderOneParentByPlacesOfOneKind() throws IOException {
        write("common/b.yaml", VALID_B.replace("""
                  - {key: sy.homs.palmyra, kind: city, parent: sy.homs, names: {ar: [تدمر], en: [Palmyra]}}
                """, """
                  - {key: sy.homs.palmyra, kind: city, parent: sy.homs, names: {ar: [تدمر], en: [Palmyra]}}
                  - {key: sy.homs.tadmur, kind: city, parent: sy.homs, names: {ar: [تَدْمُر], en: [Tadmur]}}
                """));
        assertThat(problems()).singleElement().satisfies(p -> assertThat(p)
                .contains("b.yaml:3:").contains("name 'تَدْمُر'").contains("is also claimed at places/0"));
    }

    @Test
    void reportsADemonymClaimedByTwoCountriesAndDemonymsOfAPlaceThatIsNotACountry() throws IOException {
        write("common/b.yaml", VALID_B.replace("""
                  - {key: sy.homs.palmyra, kind: city, parent: sy.homs, names: {ar: [تدمر], en: [Palmyra]}}
                """, """
                  - {key: iq, kind: country, names: {ar: [العراق], en: [Iraq]}, demonyms: {ar: [سوري], en: [Iraqi]}}
                  - {key: sy.homs.palmyra, kind: city, parent: sy.homs, names: {ar: [تدمر], en: [Palmyra]}, demonyms: {ar: [تدمري], en: [Palmyrene]}}
                """));
        assertThat(problems()).anySatisfy(p -> assertThat(p).contains("b.yaml:2:").contains("demonym form 'سوري' also belongs to sy"))
                .anySatisfy(p -> assertThat(p).contains("b.yaml:3:").contains("only a country has demonyms"));
    }

    @Test
    void reportsAnEntityOfAnUnknownCountryAndAnUnknownKind() throws IOException {
        write("common/b.yaml", VALID_B.replace("{key: isis, kind: armed_group,", "{key: isis, kind: armed_group, country: zz,"));
        assertThat(problems()).singleElement().satisfies(p -> assertThat(p)
                .contains("b.yaml:4:").contains("country 'zz' is not a country of the gazetteer"));
        write("common/b.yaml", VALID_B.replace("kind: armed_group", "kind: militia"));
        assertThat(problems()).singleElement().satisfies(p -> assertThat(p)
                .contains("b.yaml:4:").contains("'militia' is not a valid entitykind"));
    }

    @Test
    void reportsANeedsCueNameThatIsNotOneOfTheNames() throws IOException {
        write("common/b.yaml", VALID_B.replace("en: [Palmyra]}}", "en: [Palmyra]}, needs_cue: {ar: [تدمير], en: []}}"));
        assertThat(problems()).singleElement().satisfies(p -> assertThat(p)
                .contains("b.yaml:2:").contains("'تدمير' in needs_cue is not one of the names"));
        write("common/b.yaml", VALID_B.replace("en: [Palmyra]}}", "en: [Palmyra]}, needs_context: {ar: [], en: [Tadmor]}}"));
        assertThat(problems()).singleElement().satisfies(p -> assertThat(p)
                .contains("b.yaml:2:").contains("'Tadmor' in needs_context is not one of the names"));
    }

    @Test
    void reportsANameWithNoLettersOnceNormalised() throws IOException {
        write("common/b.yaml", VALID_B.replace("ar: [تدمر]", "ar: [\"\u064E\u0640\"]"));
        assertThat(problems()).anySatisfy(p -> assertThat(p).contains("b.yaml:2:").contains("has no letters once normalised"));
        write("common/b.yaml", VALID_B.replace("ar: [تدمر]", "ar: [~]"));
        assertThat(problems()).anySatisfy(p -> assertThat(p).contains("b.yaml:2:").contains("name 'null' has no letters"));
    }
}
