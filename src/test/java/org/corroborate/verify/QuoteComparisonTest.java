package org.corroborate.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.verify.Fixtures.NOV_2;
import static org.corroborate.verify.Fixtures.check;
import static org.corroborate.verify.Fixtures.english;
import static org.corroborate.verify.Fixtures.hit;
import static org.corroborate.verify.Fixtures.quote;
import static org.corroborate.verify.Fixtures.reported;
import static org.corroborate.verify.Fixtures.sourcing;

import java.util.List;

import org.corroborate.api.Language;
import org.corroborate.corpus.PlaceAncestors;
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

    private static final String TOLL = "Twelve people were killed in the shelling of the central market on Tuesday";
    private static final String OTHER_TOLL = "Twelve people were killed and 40 wounded when shells hit the central market";

    @Test
    void aCountsSourcingGivenToAnotherSpeakerIsASpeakerMismatch() {
        ClaimCheck result = check(sourcing(TOLL, "the health ministry"), english(NOV_2),
                hit("r1", "Wire A", NOV_2, reported(TOLL, "the police spokesman")));

        assertThat(result.flags()).extracting(Flag::kind).containsExactly(FlagKind.SPEAKER_MISMATCH);
    }

    @Test
    void aCountsSourcingIsNeverComparedOnItsWording() {
        VerifyConfig d = VerifyConfig.DEFAULTS; // reported speech's wording weighed too: still none for a sourcing
        Verifier wordsOfAnyQuote = new Verifier(new VerifyConfig(d.dateWindowDays(), d.approximateFraction(), d.quoteMismatchMin(),
                d.quoteAgreeMin(), d.speakerMismatchMin(), d.sameSpeakerMin(), d.undatedWindowDays(), false),
                PlaceComparison.byKeys(PlaceAncestors.NONE, org.corroborate.testing.ShippedRules.placeKinds()), org.corroborate.testing.UnnamedSpeakersForTests.shipped());
        assertThat(Tokens.overlap(TOLL, OTHER_TOLL)).isBetween(0.3, 0.8);

        ClaimCheck altered = wordsOfAnyQuote.check(sourcing(OTHER_TOLL, "the health ministry"), english(NOV_2),
                List.of(hit("r1", "Wire A", NOV_2, reported(TOLL, "the health ministry"))));
        ClaimCheck alteredPlain = wordsOfAnyQuote.check(reported(OTHER_TOLL, "the health ministry"), english(NOV_2),
                List.of(hit("r1", "Wire A", NOV_2, reported(TOLL, "the health ministry"))));
        ClaimCheck same = check(sourcing(TOLL, "the health ministry"), english(NOV_2),
                hit("r1", "Wire A", NOV_2, reported(TOLL, "the health ministry")));

        assertThat(alteredPlain.flags()).extracting(Flag::kind).containsExactly(FlagKind.QUOTE_MISMATCH);
        assertThat(altered.flags()).isEmpty();
        assertThat(altered.verdict()).isEqualTo(Verdict.UNVERIFIED);
        assertThat(same.verdict()).isEqualTo(Verdict.CORROBORATED);
        assertThat(same.flags()).isEmpty();
        assertThat(same.evidence()).allMatch(Evidence::agrees);
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
