package org.corroborate.rules;

import org.corroborate.extract.RuleKinds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePacksTest {

    /** A minimal kind of rule file, standing in for numbers, dates and the gazetteer. */
    record Word(String id, String name, @Regex String pattern, Examples examples) implements Rule {
    }

    record Words(List<Word> rules, List<String> negativeExamples) implements RuleFile {
        @Override
        public void validate(Problems problems, RulePacks packs) {
            for (int i = 0; i < rules.size(); i++) {
                if (rules.get(i).pattern().isEmpty()) {
                    problems.at("rules/" + i + "/pattern", "empty pattern");
                }
            }
        }
    }

    static final Map<String, Class<? extends RuleFile>> KINDS = Map.of("words", Words.class);

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void validPacks() throws IOException {
        write("index.yaml", "packs: [common, ar]\n");
        write("common/manifest.yaml", "pack: common\nfiles: []\n");
        write("ar/manifest.yaml", """
                pack: ar
                language: ar
                uses: [common]
                files:
                  - {path: words.yaml, kind: words}
                """);
        write("ar/words.yaml", """
                rules:
                  - id: ar.word.soldier
                    name: Soldier
                    pattern: "جندي"
                    examples:
                      positive: [{text: "جندي", expect: {value: 1}}]
                      negative: ["مدني"]
                negative_examples: ["الطقس معتدل"]
                """);
    }

    @Test
    void loadsValidPacksAndBindsFilesByLanguage() throws IOException {
        validPacks();
        RulePacks packs = RulePacks.load(RuleSource.directory(root), KINDS);
        List<Words> words = packs.forLanguage(Language.AR, Words.class);
        assertThat(words).singleElement().satisfies(w -> assertThat(w.rules().get(0).id()).isEqualTo("ar.word.soldier"));
        assertThat(words.get(0).rules().get(0).examples().positive().get(0).expected().get("value").asInt()).isEqualTo(1);
        assertThat(packs.forLanguage(Language.EN, Words.class)).isEmpty();
        assertThat(packs.rules()).extracting(Rule::id).containsExactly("ar.word.soldier");
    }

    @Test
    void reportsEveryProblemWithFileAndLineAtOnce() throws IOException {
        validPacks();
        write("ar/words.yaml", """
                rules:
                  - id: ar.word.soldier
                    name: Soldier
                    pattern: "جندي("
                    colour: red
                    examples:
                      positive: [{text: "جندي"}]
                      negative: ["مدني"]
                  - id: ar.word.soldier
                    name: Soldier again
                    pattern: ""
                    examples:
                      positive: [{text: "جندي"}]
                      negative: ["مدني"]
                  - id: Bad Id
                    pattern: "x"
                    examples:
                      positive: [{text: "x"}]
                      negative: ["y"]
                negative_examples: ["الطقس معتدل"]
                """);
        write("ar/stray.yaml", "rules: []\n");
        assertThatThrownBy(() -> RulePacks.load(RuleSource.directory(root), KINDS))
                .isInstanceOf(RulePackException.class)
                .satisfies(e -> {
                    List<Problem> problems = ((RulePackException) e).problems();
                    assertThat(problems).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
                            .contains("words.yaml:4").contains("does not compile"));
                    assertThat(problems).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
                            .contains("words.yaml:5").contains("unknown key 'colour'"));
                    assertThat(problems).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
                            .contains("missing key 'name'"));
                    assertThat(problems).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
                            .contains("stray.yaml").contains("orphan"));
                });
    }

    @Test
    void reportsRepeatedIdsAndKindChecksOnceShapesAreValid() throws IOException {
        validPacks();
        write("ar/words.yaml", """
                rules:
                  - id: ar.word.soldier
                    name: Soldier
                    pattern: "جندي"
                    examples:
                      positive: [{text: "جندي"}]
                      negative: ["مدني"]
                  - id: ar.word.soldier
                    name: Soldier again
                    pattern: ""
                    examples:
                      positive: [{text: "جندي"}]
                      negative: []
                negative_examples: []
                """);
        assertThatThrownBy(() -> RulePacks.load(RuleSource.directory(root), KINDS))
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("words.yaml:8: rule id 'ar.word.soldier'")
                .hasMessageContaining("is also used in")
                .hasMessageContaining("words.yaml:10: empty pattern")
                .hasMessageContaining("needs at least one negative example")
                .hasMessageContaining("a rule file needs negative examples");
    }

    @Test
    void rejectsDuplicateKeysMissingFilesAndUnknownPacks() throws IOException {
        validPacks();
        write("ar/manifest.yaml", """
                pack: ar
                language: ar
                uses: [common, levant]
                files:
                  - {path: words.yaml, kind: words}
                  - {path: gone.yaml, kind: words}
                  - {path: other.yaml, kind: poems}
                """);
        write("ar/other.yaml", "x: 1\n");
        write("common/manifest.yaml", "pack: common\npack: common\nfiles: []\n");
        assertThatThrownBy(() -> RulePacks.load(RuleSource.directory(root), KINDS))
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("gone.yaml: file is missing")
                .hasMessageContaining("unknown kind 'poems'")
                .hasMessageContaining("uses unknown pack 'levant'")
                .hasMessageContaining("common" + java.io.File.separator + "manifest.yaml:2");
    }

    @Test
    void shippedPacksAreValidAndHaveNoOrphans() {
        Path shipped = Path.of("rules");
        assertThat(shipped.resolve("index.yaml")).exists();
        RulePacks packs = RulePacks.load(RuleSource.directory(shipped), RuleKinds.ALL);
        assertThat(packs.packs()).contains("common", "ar", "en");
        assertThat(RulePacks.load(RuleSource.classpath(), RuleKinds.ALL).packs()).isEqualTo(packs.packs());
    }
}
