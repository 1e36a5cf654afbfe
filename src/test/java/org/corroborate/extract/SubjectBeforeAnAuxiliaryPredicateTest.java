package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.speakers;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * "Her rival, former mayor Omar Diallo, has rejected the count and said …": a verb phrase that opens with an auxiliary
 * before "and said" is the subject's first predicate; the subject stands before it, the name in apposition speaks.
 */
class SubjectBeforeAnAuxiliaryPredicateTest {
    private static final String DAY = "2026-11-27";

    @Test
    void theNameBeforeAnAuxiliaryPredicateSpeaks() {
        assertThat(speakers("His challenger, former mayor Omar Diallo, has rejected the count and said he would appeal to the"
                + " supreme court.", Language.EN, DAY)).hasSize(1).allSatisfy(s -> assertThat(s).contains("Omar Diallo"));
        assertThat(speakers("The union leader, Maria Costa, had met the minister and said the strike would go ahead.", Language.EN, DAY))
                .hasSize(1).allSatisfy(s -> assertThat(s).contains("Maria Costa"));
    }

    @Test
    void theAuxiliaryPhraseIsNeverTheSpeaker() {
        assertThat(speakers("The mayor, who has led the city since 2019, said the bridge would reopen in March.", Language.EN, DAY))
                .containsExactly("The mayor");
    }
}
