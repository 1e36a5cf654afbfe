package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.Language;
import org.corroborate.extract.ExtractedClaims;
import org.junit.jupiter.api.Test;

/**
 * "Three firefighters were slightly injured, and a man in his 70s was found dead": the wounding verb is the
 * firefighters' own passive, and the link opens the man's clause; the verb after the man is his, however far his age
 * puts it off. A second group with no verb of its own still shares the first's ("were killed and a civilian as well").
 */
class OwnVerbAfterAnotherGroupsPassiveTest {
    private static List<String> counts(String text) {
        return ExtractedClaims.countsWithDays(text, Language.EN, "2026-07-08").stream()
                .map(s -> s.substring(0, s.indexOf('@'))).toList();
    }

    @Test
    void anAgeOrAPlaceBeforeTheOwnVerbKeepsIt() {
        assertThat(counts("Four police officers were lightly hurt on Saturday, and a woman in her eighties was found dead in the rubble."))
                .containsExactly("wounded 4", "killed 1");
        assertThat(counts("Two volunteers were injured overnight, and a man from the village was found dead."))
                .containsExactly("wounded 2", "killed 1");
    }

    @Test
    void aSecondGroupWithoutAVerbStillSharesTheFirsts() {
        assertThat(counts("Three soldiers were wounded in the blast and a civilian too.")).contains("wounded 3");
        assertThat(counts("Gunmen killed two guards and a driver in his sixties at the depot."))
                .containsExactlyInAnyOrder("killed 2", "killed 1");
    }
}
