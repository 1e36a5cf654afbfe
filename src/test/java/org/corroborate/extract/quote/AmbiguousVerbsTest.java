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

/** ambiguous_verbs: بيّن is written بين, as "between" is; it reports speech only where a clause opens. */
class AmbiguousVerbsTest {

    @Test
    void openingItsClauseWithAComplementizerItReports() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("دمشق - قال مدير المرفأ إن العمل استؤنف صباحاً. وبيّن أن ثلاث سفن رست منذ الفجر.");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("العمل استؤنف صباحاً", "ثلاث سفن رست منذ الفجر");
        assertThat(claims).extracting(c -> c.speaker().text()).containsOnly("مدير المرفأ");
    }

    @Test
    void betweenInsideAClauseReportsNothing() {
        assertThat(QuoteFinderTest.AR.find("وتوصلت الوساطة إلى تفاهم بين العشيرتين على أن يُسلَّم المطلوبون خلال أسبوع.")).isEmpty();
        assertThat(QuoteFinderTest.AR.find("ودارت معارك بين الجيش و«جبهة التحرير» قرب الحدود.")).isEmpty();
    }

    @Test
    void anAmbiguousVerbMustBeAVerbToo(@TempDir Path root) throws IOException {
        EditedRules.edit(root, "ar/speech.yaml", "ambiguous_verbs: [بين]", "ambiguous_verbs: [بين, خلف]");
        assertThatThrownBy(() -> RulePacks.load(RuleSource.directory(root), RuleKinds.ALL))
                .hasMessageContaining("an ambiguous verb must also be listed in a verb group: خلف");
    }
}
