package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.DateClaimsTest.EXTRACTOR;
import static org.corroborate.extract.DateClaimsTest.dateClaims;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * An arrest already counted, told again in a later sentence as a round-up of the people ("The suspects were rounded up in
 * raids on Tuesday and Wednesday"): the days are the count's, no date claim of their own (the packs' {@code
 * restated_arrests}, {@link DateClaims#restatedArrests}).
 */
class ArrestsRoundedUpToldAgainTest {

    private static List<String> arrests(String text, String published) {
        return EXTRACTOR.extract(text, Language.EN, LocalDate.parse(published)).stream()
                .filter(CountClaim.class::isInstance).map(CountClaim.class::cast)
                .filter(c -> c.action() == CountClaim.Action.ARRESTED)
                .map(c -> c.count().value() + "@" + (c.date() == null ? "-" : c.date().start() + ".." + c.date().end())).toList();
    }

    @Test
    void theSuspectsRoundedUpWithTheirDaysDateTheCount() {
        // published on Friday 15 May 2026: Tuesday is the 12th, Wednesday the 13th
        String text = "Police in Lima said on Friday they had detained nine members of a gang that stole cars across the city. "
                + "The suspects were rounded up in raids on Tuesday and Wednesday.";
        assertThat(dateClaims(text, Language.EN, "2026-05-15")).isEmpty();
        assertThat(arrests(text, "2026-05-15")).containsExactly("9@2026-05-12..2026-05-13");
        String pronoun = "Police in Lima have detained nine members of a gang that stole cars, officers said on Friday. "
                + "They were rounded up at a garage on Wednesday night.";
        assertThat(dateClaims(pronoun, Language.EN, "2026-05-15")).isEmpty();
        assertThat(arrests(pronoun, "2026-05-15")).containsExactly("9@2026-05-13..2026-05-13");
    }
}
