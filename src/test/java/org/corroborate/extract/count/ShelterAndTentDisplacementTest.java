package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.Claim;
import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.corroborate.extract.ClaimExtractor;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * People moved to shelters named for what they shelter from ("storm shelters", "cyclone shelters") and people forced
 * to leave their tents are displaced, as those moved to shelters and forced to leave their homes are (blind16's
 * adjudication, E12 and E19).
 */
class ShelterAndTentDisplacementTest {
    private static final ClaimExtractor EXTRACTOR = ShippedRules.extractor();

    private static List<Claim> claims(String text) {
        return EXTRACTOR.extract(text, Language.EN, LocalDate.parse("2026-09-20"));
    }

    private static List<CountClaim> displaced(String text) {
        return claims(text).stream().filter(c -> c instanceof CountClaim cc && cc.action() == CountClaim.Action.DISPLACED)
                .map(CountClaim.class::cast).toList();
    }

    @Test
    void movedToStormSheltersIsDisplaced() {
        assertThat(displaced("Some 30,000 villagers were moved to cyclone shelters overnight."))
                .singleElement().satisfies(c -> assertThat(c.count().value()).isEqualTo(30000));
        assertThat(displaced("More than 8,000 residents had been moved to storm shelters before landfall."))
                .singleElement().satisfies(c -> assertThat(c.count().min()).isEqualTo(8001));
    }

    @Test
    void aStatementOfTheMoveIsItsSourcing() {
        List<Claim> claims = claims("About 20,000 people had been moved to storm shelters along the coast, the governor said.");
        assertThat(claims).filteredOn(QuoteClaim.class::isInstance).map(c -> (QuoteClaim) c)
                .singleElement().satisfies(q -> assertThat(q.sourcing()).isTrue());
        assertThat(displaced("About 20,000 people had been moved to storm shelters along the coast, the governor said.")).hasSize(1);
    }

    @Test
    void forcedToLeaveTheirTentsIsDisplaced() {
        assertThat(displaced("The floods swept through the camp on Sunday, killing three people and forcing about 9,000 to leave their tents."))
                .singleElement().satisfies(c -> assertThat(c.count().value()).isEqualTo(9000));
    }

    @Test
    void thingsMovedToSheltersAreNoOne() {
        assertThat(displaced("The charity moved 40 generators to storm shelters in the north.")).isEmpty();
        assertThat(displaced("Volunteers put up 300 tents for the families.")).isEmpty();
    }
}
