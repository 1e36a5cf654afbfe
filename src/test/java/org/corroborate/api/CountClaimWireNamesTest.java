package org.corroborate.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * A count claim's action and category read from their wire names ({@code fromWire}), as the count rules name them: a
 * name in lower case, in capitals or in mixed case is the same value, and a name that is none is refused.
 */
class CountClaimWireNamesTest {

    @Test
    void readsEveryActionByItsWireNameInAnyCase() {
        for (CountClaim.Action action : CountClaim.Action.values()) {
            assertThat(CountClaim.Action.fromWire(action.wire())).isSameAs(action);
            assertThat(CountClaim.Action.fromWire(action.name())).isSameAs(action);
        }
        assertThat(CountClaim.Action.fromWire("Killed")).isSameAs(CountClaim.Action.KILLED);
    }

    @Test
    void readsEveryCategoryByItsWireNameInAnyCase() {
        for (CountClaim.Category category : CountClaim.Category.values()) {
            assertThat(CountClaim.Category.fromWire(category.wire())).isSameAs(category);
            assertThat(CountClaim.Category.fromWire(category.name())).isSameAs(category);
        }
        assertThat(CountClaim.Category.fromWire("Security_Forces")).isSameAs(CountClaim.Category.SECURITY_FORCES);
    }

    @Test
    void refusesANameThatIsNoActionOrCategory() {
        assertThatThrownBy(() -> CountClaim.Action.fromWire("injured")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CountClaim.Category.fromWire("security forces")).isInstanceOf(IllegalArgumentException.class);
    }
}
