package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;

import org.corroborate.api.Language;
import org.corroborate.extract.RuleKinds;
import org.corroborate.rules.OneFilePack;
import org.corroborate.rules.RulePackException;
import org.corroborate.rules.RulePacks;
import org.corroborate.rules.RuleSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The named-person word lists of a {@code claims} file ({@code name_particles}, {@code title_articles},
 * {@code past_clauses}, {@code relative_passives}, {@code name_words}) are checked when the packs load:
 * a list read one token at a time takes single words, and a past clause needs its verb, since "who"
 * alone would drop every named victim with a relative clause ("arrested journalist X, who works for …").
 */
class NamedPersonRulesValidationTest {

    @TempDir
    Path root;

    private void packs(String namedPersonLists) throws IOException {
        OneFilePack.write(root, "en", "claims", "claims.yaml", """
                actions:
                  - id: en.action.arrested
                    name: Arrested
                    action: arrested
                    position: either
                    words: [arrested]
                    examples:
                      positive: [{text: 'Police arrested journalist Nadia Karim.', expect: {action: arrested, count: 1}}]
                      negative: ['Police met journalists.']
                subjects:
                  - id: en.subject.journalists
                    name: Journalists
                    category: journalists
                    words: [journalists]
                    singular: [journalist]
                    examples:
                      positive: [{text: 'Two journalists were arrested.', expect: {action: arrested, count: 2}}]
                      negative: ['Journalists met.']
                parts: [including]
                others: [others]
                attackers: [gunman]
                not_counted: [years]
                links: [and]
                function_words: [was, were]
                """ + namedPersonLists + """
                negative_examples: ['Journalists met.']
                """);
    }

    @Test
    void loadsWellFormedListsAndReadsANameWithTheirParticles() throws IOException {
        packs("""
                name_particles: [al-, bin]
                title_articles: [the]
                past_clauses: [who was]
                relative_passives: [who was]
                passive_auxiliaries: [was]
                undoing_passives: [rescued]
                """);
        RulePacks packs = RulePacks.load(RuleSource.directory(root), RuleKinds.ALL);
        CountLexicon lexicon = new CountLexicon(packs.forLanguage(Language.EN, CountRules.class));
        assertThat(lexicon.isPassiveAuxiliary("was")).isTrue();
        assertThat(lexicon.undoes("rescued")).isTrue();
        assertThat(lexicon.undoes("killed")).isFalse();
        assertThat(lexicon.isNameParticle("al-haddad")).isTrue();
        assertThat(lexicon.isNameParticle("al-")).as("the bare prefix is no name").isFalse();
        assertThat(lexicon.isNameParticle("bin")).isTrue();
        assertThat(lexicon.isNameParticle("binyamin")).isFalse();
        assertThat(lexicon.isTitleArticle("the")).isTrue();
        assertThat(lexicon.pastClauses()).containsExactly(java.util.List.of("who", "was"));
    }

    @Test
    void reportsAPhraseWhereOneWordIsReadAndAPastClauseWithoutItsVerb() throws IOException {
        packs("""
                name_particles: [al-, ibn al]
                title_articles: [the]
                past_clauses: [who]
                relative_passives: [who was]
                name_words: ['']
                undoing_passives: [set free]
                """);
        assertThatThrownBy(() -> RulePacks.load(RuleSource.directory(root), RuleKinds.ALL))
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("'ibn al' must be a single word")
                .hasMessageContaining("'set free' must be a single word")
                .hasMessageContaining("'who' needs two words or more")
                .hasMessageContaining("'' must be a single word");
    }
}
