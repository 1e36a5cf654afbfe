package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.api.Language;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * What may stand between a relative clause's day and the statement it dates: spaces, or one of the packs'
 * {@code statement_complementizers} with a comma before it at most; «، إن» opens the main verb's words instead.
 */
class SayingRightBeforeTest {
    private static final QuoteFinder ENGLISH = QuoteFinder.of(ShippedRules.packs(), Language.EN);
    private static final QuoteFinder ARABIC = QuoteFinder.of(ShippedRules.packs(), Language.AR);

    private static boolean between(QuoteFinder finder, String text) {
        int from = text.indexOf('[') + 1;
        int to = text.indexOf(']');
        return finder.sayingRightBefore(text.replace('[', ' ').replace(']', ' '), from, to);
    }

    @Test
    void spacesOrAComplementizerOfThePackLinkTheDayToTheWords() {
        assertThat(between(ENGLISH, "The junta, which announced on Friday[ that ]it would hold talks")).isTrue();
        assertThat(between(ENGLISH, "The junta, which announced on Friday[, that ]it would hold talks")).isTrue();
        assertThat(between(ENGLISH, "which said on Friday[ ]it would")).isTrue();
        assertThat(between(ENGLISH, "which met on Friday[ and said ]it would")).isFalse();
        assertThat(between(ARABIC, "الحكومة، التي أعلنت الأحد[ أن ]المحادثات ستستأنف")).isTrue();
        assertThat(between(ARABIC, "الحكومة، التي أعلنت الأحد[ بأن ]المحادثات ستستأنف")).isTrue();
    }

    @Test
    void aCommaAndInnaOpenTheMainVerbsWords() {
        assertThat(between(ARABIC, "وقال الوزير، الذي تولى منصبه في 2019[، إن ]الحكومة ماضية في الإصلاح")).isFalse();
    }
}
