package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link DateClaims#mayBeDatelinePlace}, the one-pass check asked before {@link DateClaims#DATELINE_PLACE}'s regex, is a
 * hand-written reading of that pattern: it may let through a line the pattern refuses, never refuse one the pattern
 * takes, or a dateline's date would silently become a claim again.
 */
class DatelinePlaceCheckTest {
    /** Pieces of lines: words of both scripts (one with a mark), the pattern's separators, and chars it refuses. */
    private static final String[] PIECES = {"Gaza", "St.", "N'", "’s", "é", "بغداد", "\u064E", "ة", " ", " ", ",", ", ", "\u060C ",
            " - ", "\u2013", "\u2014", "\t", "\n", "7", "\u0663", "\"", "«", "(", ")", "/"};

    @Test
    void neverRefusesALineThePatternTakes() {
        Random random = new Random(23);
        int taken = 0;
        int refused = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                line.append(PIECES[random.nextInt(PIECES.length)]);
            }
            boolean matches = DateClaims.DATELINE_PLACE.matcher(line).matches();
            boolean may = DateClaims.mayBeDatelinePlace(line.toString(), 0, line.length());
            if (matches) {
                assertThat(may).as("the check refused %s, which the pattern takes", line).isTrue();
                taken++;
            } else if (!may) {
                refused++;
            }
        }
        assertThat(taken).as("lines the pattern took").isGreaterThan(1_000);
        assertThat(refused).as("lines the check refused without the regex").isGreaterThan(50_000);
    }

    @Test
    void readsDatelinesOfBothScriptsAndRefusesARunningLine() {
        for (String place : new String[] {"LISBON, ", "القاهرة في ", "مقديشو - ", "  N'DJAMENA, Chad — ", "St. Louis, ",
                "أديس أبابا (إثيوبيا)، "}) {
            assertThat(DateClaims.DATELINE_PLACE.matcher(place).matches()).as(place).isTrue();
            assertThat(DateClaims.mayBeDatelinePlace(place, 0, place.length())).as(place).isTrue();
        }
        String running = "On the steep streets of the old town, residents said ";
        assertThat(DateClaims.mayBeDatelinePlace(running, 0, running.length())).isFalse();
        assertThat(DateClaims.DATELINE_PLACE.matcher(running).matches()).isFalse();
    }
}
