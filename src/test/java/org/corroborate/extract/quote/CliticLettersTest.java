package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.corroborate.api.QuoteClaim;
import org.corroborate.extract.RuleKinds;
import org.corroborate.rules.RulePacks;
import org.corroborate.rules.RuleSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Arabic clitic letters the quote reader reads off a word come from the speech pack: body_clitics (ل)
 * and body_clitic_articles (لل), in_charge_clitics and description_clitics (ب).
 */
class CliticLettersTest {

    @Test
    void theBodyCliticWithTheArticleGivesTheBodyItsArticleBack() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("وأفاد بلاغ للشرطة أن الطريق أعيد فتحه.");
        assertThat(claims).extracting(q -> q.speaker().text()).containsExactly("الشرطة");
    }

    @Test
    void aBodyCliticWithTheArticleMustBeginWithABodyClitic(@TempDir Path root) throws IOException {
        EditedRules.edit(root, "ar/speech.yaml", "body_clitic_articles: [لل]", "body_clitic_articles: [لل, بال]");
        assertThatThrownBy(() -> RulePacks.load(RuleSource.directory(root), RuleKinds.ALL))
                .hasMessageContaining("a body clitic with the article begins with one of the body_clitics: بال");
    }

    @Test
    void aCliticIsOneWord(@TempDir Path root) throws IOException {
        EditedRules.edit(root, "ar/speech.yaml", "in_charge_clitics: [ب]", "in_charge_clitics: [ب ل]");
        assertThatThrownBy(() -> RulePacks.load(RuleSource.directory(root), RuleKinds.ALL))
                .hasMessageContaining("'ب ل' must be a single word");
    }
}
