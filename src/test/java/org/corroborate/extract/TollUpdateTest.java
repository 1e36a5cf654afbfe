package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * The day a toll rose, its update, is no dated event (dev32's B3: the toll's counts are the incident's); the toll's
 * release, or a price's rise with no toll in its sentence, keeps its day.
 */
class TollUpdateTest {

    // published on Wednesday 13 May 2026: Tuesday is the 12th, Saturday the 9th

    @Test
    void theDayATollRoseIsNoEvent() {
        String text = "The death toll from a mudslide that buried a hamlet in Colombia's Antioquia department rose to 28 on Tuesday, "
                + "the disaster agency said.";
        assertThat(dateClaims(text, Language.EN, "2026-05-13")).doesNotContain("2026-05-12..2026-05-12");
        String raising = "Divers recovered six more bodies from the lake on Tuesday, raising the death toll from the ferry sinking to 41.";
        assertThat(dateClaims(raising, Language.EN, "2026-05-13")).doesNotContain("2026-05-12..2026-05-12");
    }

    @Test
    void moreBodiesRecoveredWithoutANumberAreTheSearchGoingOnNoEvent() {
        // the landslide's counts carry its Saturday; the bodies recovered after it, uncounted, have no dated event of their own
        String text = "A landslide buried part of a mountain village in Peru on Saturday, killing at least 22 people, officials said. "
                + "Rescue teams pulled more bodies from the mud on Tuesday morning.";
        assertThat(dateClaims(text, Language.EN, "2026-05-13")).isEmpty();
        String passive = "A landslide buried part of a mountain village in Peru on Saturday, killing at least 22 people, officials said. "
                + "Further bodies were recovered overnight.";
        assertThat(dateClaims(passive, Language.EN, "2026-05-13")).isEmpty();
        // the near case: what followed the recovery is an event of its own
        String visit = "A landslide buried part of a mountain village in Peru on Saturday, killing at least 22 people, officials said. "
                + "Rescuers recovered more bodies, and the president visited the village on Tuesday.";
        assertThat(dateClaims(visit, Language.EN, "2026-05-13")).containsExactly("2026-05-12..2026-05-12");
    }

    @Test
    void theDayOfTheFigureATollRoseFromIsNoEvent() {
        // the earlier figure's day ("up from 40 a day earlier", "up from 40 on Saturday") is the toll's, no dated event
        String text = "The death toll from a fuel tanker explosion in northern Ghana rose to 52 on Tuesday, up from 40 a day earlier, "
                + "hospital officials said.";
        assertThat(dateClaims(text, Language.EN, "2026-05-13")).doesNotContain("2026-05-11..2026-05-11");
        // the near case: a price with no toll in its sentence keeps the day of its earlier figure
        String price = "The price of a sack of maize rose to 52 dollars on Tuesday, up from 40 dollars on Saturday, traders said.";
        assertThat(dateClaims(price, Language.EN, "2026-05-13")).contains("2026-05-09..2026-05-09");
    }

    @Test
    void aPriceOrATollsReleaseKeepsItsDay() {
        String release = "Militants killed 19 soldiers in an ambush near the border, the army said. "
                + "The ambush took place on Saturday, but the military released the toll only on Tuesday.";
        assertThat(dateClaims(release, Language.EN, "2026-05-13")).containsExactly("2026-05-12..2026-05-12");
    }

    @Test
    void anArabicTollsRiseIsNoEvent() {
        String text = "ارتفعت حصيلة ضحايا السيول التي اجتاحت قرى في محافظة حجة إلى 23 قتيلاً الثلاثاء، وفق السلطات المحلية.";
        assertThat(dateClaims(text, Language.AR, "2026-05-13")).doesNotContain("2026-05-12..2026-05-12");
        String fronted = "وارتفعت، الثلاثاء، حصيلة قتلى انهيار المنجم في ولاية نهر النيل إلى 14 عاملاً.";
        assertThat(dateClaims(fronted, Language.AR, "2026-05-13")).doesNotContain("2026-05-12..2026-05-12");
    }
}
