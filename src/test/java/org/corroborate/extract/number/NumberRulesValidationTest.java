package org.corroborate.extract.number;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.corroborate.extract.RuleKinds;
import org.corroborate.rules.RulePackException;
import org.corroborate.rules.RulePacks;
import org.corroborate.rules.RuleSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NumberRulesValidationTest {

    @TempDir
    Path root;

    private void packs(String numbers) throws IOException {
        Files.createDirectories(root.resolve("common"));
        Files.createDirectories(root.resolve("ar"));
        Files.createDirectories(root.resolve("en"));
        Files.writeString(root.resolve("index.yaml"), "packs: [common, ar, en]\n");
        Files.writeString(root.resolve("common/manifest.yaml"), "pack: common\nfiles: []\n");
        Files.writeString(root.resolve("en/manifest.yaml"), "pack: en\nlanguage: en\nuses: [common]\nfiles: []\n");
        Files.writeString(root.resolve("ar/manifest.yaml"),
                "pack: ar\nlanguage: ar\nuses: [common]\nfiles:\n  - {path: numbers.yaml, kind: numbers}\n");
        Files.writeString(root.resolve("ar/numbers.yaml"), numbers);
    }

    @Test
    void reportsAWordListedTwiceForOneRoleAfterNormalisation() throws IOException {
        packs("""
                rules:
                  - id: ar.number.units
                    name: Units
                    role: unit
                    words: {أربعة: 4, اربعه: 5}
                    examples:
                      positive: [{text: "أربعة", expect: {value: 4}}]
                      negative: ["لا"]
                negative_examples: ["لا"]
                """);
        assertThatThrownBy(() -> RulePacks.load(RuleSource.directory(root), RuleKinds.ALL))
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("numbers.yaml:5")
                .hasMessageContaining("'اربعه' is listed twice as unit");
    }

    @Test
    void reportsARoleWithoutWhatItNeeds() throws IOException {
        packs("""
                rules:
                  - id: ar.number.vague
                    name: Vague
                    role: vague
                    ranges: {عشرات: [99, 20]}
                    examples:
                      positive: [{text: "عشرات", expect: {min: 20}}]
                      negative: ["لا"]
                  - id: ar.number.clitics
                    name: Clitics
                    role: clitic
                    examples:
                      positive: [{text: "وثلاثة", expect: {value: 3}}]
                      negative: ["لا"]
                negative_examples: ["لا"]
                """);
        assertThatThrownBy(() -> RulePacks.load(RuleSource.directory(root), RuleKinds.ALL))
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("must be [min, max] with min <= max")
                .hasMessageContaining("rule ar.number.clitics with role clitic needs 'forms'");
    }

    @Test
    void reportsADigitPatternThatDoesNotCompile() throws IOException {
        packs("""
                rules:
                  - id: ar.number.digits
                    name: Digits
                    role: digits
                    pattern: '\\\\d++('
                    examples:
                      positive: [{text: "12", expect: {value: 12}}]
                      negative: ["لا"]
                negative_examples: ["لا"]
                """);
        assertThatThrownBy(() -> RulePacks.load(RuleSource.directory(root), RuleKinds.ALL))
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("numbers.yaml:5")
                .hasMessageContaining("pattern does not compile");
    }
}
