package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countsWithDays;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * An incident counted in one sentence and told again in the next in the pluperfect, with a relative clause set off by commas
 * between the incident and its verb («وكان الانفجار، الذي …، قد وقع فجر السبت»): its day is the counts', no date claim of its
 * own, as without the clause (round dates-b15a, from a held-out review; sentences of our own).
 */
class RestatedIncidentAcrossARelativeClauseTest {

    @Test
    void thePluperfectIncidentAcrossARelativeClauseDatesTheCountsBefore() {
        String text = "وأصيب 30 شخصا في حريق بسوق شعبي وسط المدينة. وكان الحريق، الذي أتى على عشرات المحال التجارية، قد اندلع مساء الخميس.";
        assertThat(countsWithDays(text, Language.AR, "2026-05-20")).containsExactly("wounded 30@2026-05-14..2026-05-14");
        assertThat(dateClaims(text, Language.AR, "2026-05-20")).isEmpty();
    }

    @Test
    void anotherVerbAfterTheClauseIsNoRestatedIncident() {
        // putting the fire out is an act of its own, on its own day
        String text = "وأصيب 30 شخصا في حريق بسوق شعبي وسط المدينة. والحريق، الذي أتى على عشرات المحال، أخمد مساء الخميس.";
        assertThat(dateClaims(text, Language.AR, "2026-05-20")).containsExactly("2026-05-14..2026-05-14");
    }
}
