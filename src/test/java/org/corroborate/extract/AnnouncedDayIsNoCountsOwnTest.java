package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countsWithDays;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A count dated only by the day it was announced («أعلنت الوزارة، الأحد، مقتل أربعة عناصر», "officials said on Sunday that 11
 * people had died") has no day of its own: when a later sentence tells the incident again with its day («وكان الهجوم قد وقع
 * فجر السبت», "The blaze broke out on Friday afternoon"), the counts take that day and it is no date claim of its own (dev
 * rule 15 as amended, rule 21: a date a count carries); a count whose own sentence gives it the event's day keeps it, and a
 * later act on another day stays a dated event.
 */
class AnnouncedDayIsNoCountsOwnTest {

    // published on Monday 19 October 2026: Friday is the 16th, Saturday the 17th, Sunday the 18th

    @Test
    void theIncidentToldAgainDatesTheAnnouncedCount() {
        String ar = "أعلنت المديرية العامة للأمن الوطني في محافظة البصرة، الأحد، مقتل أربعة عناصر من الشرطة في هجوم على حاجز أمني. "
                + "وكان الهجوم قد وقع فجر السبت.";
        assertThat(dateClaims(ar, Language.AR, "2026-10-19")).isEmpty();
        assertThat(countsWithDays(ar, Language.AR, "2026-10-19")).containsExactly("killed 4@2026-10-17..2026-10-17");
        String en = "The city's fire services department told a news conference on Sunday that 11 people had died in a fire at a high-rise block. "
                + "The blaze broke out on Friday afternoon.";
        assertThat(dateClaims(en, Language.EN, "2026-10-19")).isEmpty();
        assertThat(countsWithDays(en, Language.EN, "2026-10-19")).containsExactly("killed 11@2026-10-16..2026-10-16");
    }

    @Test
    void aCountWithTheEventsOwnDayKeepsItAndTheLaterDayStays() {
        // the count's own sentence gives the attack's day: what follows on another day is an event of its own
        String ar = "قُتل أربعة عناصر من الشرطة في هجوم على حاجز أمني جنوبي البلاد فجر السبت. "
                + "وزار وزير الداخلية موقع الهجوم يوم الأحد.";
        assertThat(countsWithDays(ar, Language.AR, "2026-10-19")).containsExactly("killed 4@2026-10-17..2026-10-17");
        assertThat(dateClaims(ar, Language.AR, "2026-10-19")).containsExactly("2026-10-18..2026-10-18");
    }
}
