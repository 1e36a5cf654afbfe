package org.corroborate.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.verify.Fixtures.NOV_2;
import static org.corroborate.verify.Fixtures.check;
import static org.corroborate.verify.Fixtures.english;
import static org.corroborate.verify.Fixtures.hit;
import static org.corroborate.verify.Fixtures.quote;
import static org.corroborate.verify.Fixtures.reported;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

class QuoteComparisonTest {
    private static final String SAID = "Terrorist groups targeted a military patrol with rockets and machine-gun fire, "
            + "and our forces responded and pursued the attackers into the desert";
    private static final String ALTERED = "Terrorist groups targeted a military patrol with rockets and machine-gun fire, "
            + "and our soldiers killed most of them in the clashes that followed";

    @Test
    void sameWordsOfTheSameSpeakerCorroborate() {
        ClaimCheck result = check(quote(SAID, "the defence ministry"), english(NOV_2),
                hit("r1", "Wire A", NOV_2, quote(SAID, "the defence ministry")));

        assertThat(result.verdict()).isEqualTo(Verdict.CORROBORATED);
    }

    @Test
    void alteredQuoteOfTheSameSpeakerIsAQuoteMismatch() {
        assertThat(Tokens.overlap(SAID, ALTERED)).isBetween(0.3, 0.9);

        ClaimCheck result = check(quote(ALTERED, "the defence ministry"), english(NOV_2),
                hit("r1", "Wire A", NOV_2, quote(SAID, "The Defence Ministry")));

        assertThat(result.flags()).extracting(Flag::kind).containsExactly(FlagKind.QUOTE_MISMATCH);
    }

    @Test
    void reportedSpeechIsAParaphraseNotAnAlteredQuote() {
        ClaimCheck bothReported = check(reported(ALTERED, "the defence ministry"), english(NOV_2),
                hit("r1", "Wire A", NOV_2, reported(SAID, "the defence ministry")));
        ClaimCheck articleReported = check(reported(ALTERED, "the defence ministry"), english(NOV_2),
                hit("r1", "Wire A", NOV_2, quote(SAID, "the defence ministry")));
        ClaimCheck reportReported = check(quote(ALTERED, "the defence ministry"), english(NOV_2),
                hit("r1", "Wire A", NOV_2, reported(SAID, "the defence ministry")));

        assertThat(bothReported.flags()).isEmpty();
        assertThat(articleReported.flags()).isEmpty();
        assertThat(reportReported.flags()).isEmpty();
    }

    @Test
    void reportedSpeechWithTheSameWordsCorroborates() {
        ClaimCheck result = check(reported(SAID, "the defence ministry"), english(NOV_2),
                hit("r1", "Wire A", NOV_2, quote(SAID, "the defence ministry")));

        assertThat(result.verdict()).isEqualTo(Verdict.CORROBORATED);
    }

    @Test
    void sameWordsFromAnotherSpeakerAreASpeakerMismatch() {
        ClaimCheck result = check(quote(SAID, "the police spokesman"), english(NOV_2),
                hit("r1", "Wire A", NOV_2, quote(SAID, "the defence ministry")));

        assertThat(result.flags()).extracting(Flag::kind).containsExactly(FlagKind.SPEAKER_MISMATCH);
        assertThat(result.flags().getFirst().message())
                .isEqualTo("Wire A (2026-11-02): gives these words to the defence ministry; this article: the police spokesman");
    }

    @Test
    void anotherStatementIsNotEvidence() {
        ClaimCheck result = check(quote("We will rebuild every house", "the governor"), english(NOV_2),
                hit("r1", "Wire A", NOV_2, quote(SAID, "the governor")));

        assertThat(result.verdict()).isEqualTo(Verdict.UNVERIFIED);
    }

    @Test
    void quotesInAnotherLanguageAreNeverCompared() {
        ClaimCheck result = check(quote(SAID, "the defence ministry"), english(NOV_2),
                hit("r1", "Wire A", Language.AR, NOV_2, quote(SAID, "وزارة الدفاع")));

        assertThat(result.verdict()).isEqualTo(Verdict.UNVERIFIED);
    }

    @Test
    void arabicWordsAreComparedAfterNormalisation() {
        assertThat(Tokens.overlap("لقد فكّكت هذه المداهمات شبكة", "لقد فككت هذه المداهمات شبكة")).isEqualTo(1.0);
    }

    @Test
    void aSpeakerGivenOnlyAsACommonNounNeverContradictsANamedOne() {
        ClaimCheck result = check(quote(SAID, "the Sahel Relief Alliance"), english(NOV_2),
                hit("r1", "Wire A", NOV_2, quote(SAID, "the organisation")));

        assertThat(result.flags()).isEmpty();
    }
}
