package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.corroborate.extract.ExtractedClaims;
import org.junit.jupiter.api.Test;

/**
 * «اضطروا إلى مغادرة ملاجئهم»: refugees compelled to leave their shelters or camps are displaced as those who leave their
 * homes are, and the statement telling it is the count's sourcing. A call to leave is nobody displaced yet.
 */
class SheltersLeftAreHomesLeftTest {
    private static final String PUBLISHED = "2026-07-08";

    @Test
    void compelledToLeaveTheirSheltersIsDisplaced() {
        String text = "وذكرت المفوضية أن نحو ألفين وخمسمئة نازح اضطروا إلى مغادرة ملاجئهم التي غمرتها المياه.";
        assertThat(ExtractedClaims.countsWithDays(text, Language.AR, PUBLISHED)).singleElement()
                .satisfies(c -> assertThat(c).startsWith("displaced 2500@"));
        assertThat(ExtractedClaims.quotes(text, Language.AR, PUBLISHED)).extracting(QuoteClaim::sourcing).containsExactly(true);
    }

    @Test
    void aCallToLeaveIsNobodyDisplaced() {
        assertThat(ExtractedClaims.countsWithDays("ودعت السلطات نحو ألفي لاجئ إلى مغادرة مخيماتهم قبل وصول العاصفة.",
                Language.AR, PUBLISHED)).isEmpty();
    }
}
