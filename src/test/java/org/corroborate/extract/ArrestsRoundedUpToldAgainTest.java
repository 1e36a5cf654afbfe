package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.arrests;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * An arrest already counted, told again in a later sentence as a round-up of the people ("The suspects were rounded up in
 * raids on Tuesday and Wednesday"): the days are the count's, no date claim of their own (the packs' {@code
 * restated_arrests}, {@link DateClaims#restatedArrests}).
 */
class ArrestsRoundedUpToldAgainTest {

    @Test
    void theSuspectsRoundedUpWithTheirDaysDateTheCount() {
        // published on Friday 15 May 2026: Tuesday is the 12th, Wednesday the 13th
        String text = "Police in Lima said on Friday they had detained nine members of a gang that stole cars across the city. "
                + "The suspects were rounded up in raids on Tuesday and Wednesday.";
        assertThat(dateClaims(text, Language.EN, "2026-05-15")).isEmpty();
        assertThat(arrests(text, Language.EN, "2026-05-15")).containsExactly("9@2026-05-12..2026-05-13");
        String pronoun = "Police in Lima have detained nine members of a gang that stole cars, officers said on Friday. "
                + "They were rounded up at a garage on Wednesday night.";
        assertThat(dateClaims(pronoun, Language.EN, "2026-05-15")).isEmpty();
        assertThat(arrests(pronoun, Language.EN, "2026-05-15")).containsExactly("9@2026-05-13..2026-05-13");
    }
}
