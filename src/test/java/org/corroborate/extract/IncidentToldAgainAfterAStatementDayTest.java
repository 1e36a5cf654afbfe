package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countsWithDays;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * An incident told again in a later sentence with its day, after a toll whose sentence ends in a statement's day ("…, police
 * said on Wednesday"): the vehicle of a crash with the verb of its accident ("The coach plunged into a gorge"), the aircraft
 * of a strike ("The warplanes struck …"), a day behind a time with its abbreviation dots ("shortly after 10 a.m. on Monday"),
 * and, in Arabic, the attackers by their definite noun with their attack, in reported speech or in «وكان … قد». The toll takes
 * the day, which is no date claim of its own (dev rule 15 as amended; the packs' {@code restated_incidents}).
 */
class IncidentToldAgainAfterAStatementDayTest {

    // published on Thursday 10 December 2026: Monday is the 7th, Tuesday the 8th

    private static final String PUBLISHED = "2026-12-10";

    @Test
    void theVehicleOfACrashWithItsAccidentDatesTheToll() {
        String text = "A coach crash killed 14 passengers on a mountain road, the regional governor said on Thursday. "
                + "The coach plunged into a gorge on Monday night after its brakes failed.";
        assertThat(dateClaims(text, Language.EN, PUBLISHED)).isEmpty();
        assertThat(countsWithDays(text, Language.EN, PUBLISHED)).containsExactly("killed 14@2026-12-07..2026-12-07");
        // no statement day: the same
        String plain = "A minibus crash killed eight farm workers, police said. The minibus veered off the highway late on Tuesday.";
        assertThat(dateClaims(plain, Language.EN, PUBLISHED)).isEmpty();
        assertThat(countsWithDays(plain, Language.EN, PUBLISHED)).containsExactly("killed 8@2026-12-08..2026-12-08");
    }

    @Test
    void theAircraftOfAStrikeToldAgainDateTheToll() {
        String text = "An air strike on a market town killed 16 people, local medics said on Thursday. "
                + "The warplanes struck the main square early on Tuesday.";
        assertThat(dateClaims(text, Language.EN, PUBLISHED)).isEmpty();
        assertThat(countsWithDays(text, Language.EN, PUBLISHED)).containsExactly("killed 16@2026-12-08..2026-12-08");
        // aircraft with no article are no strike told again: another raid, a dated event of its own
        String other = "An air strike on a market town killed 16 people, local medics said on Thursday. "
                + "Drones hit a fuel depot near the border on Monday.";
        assertThat(dateClaims(other, Language.EN, PUBLISHED)).containsExactly("2026-12-07..2026-12-07");
    }

    @Test
    void aTimeWithAbbreviationDotsBreaksNoClause() {
        String text = "An explosion at a fireworks depot killed nine workers and injured 25, the state news agency said on Thursday. "
                + "The blast ripped through the depot on the edge of the town shortly after 10 a.m. on Monday.";
        assertThat(dateClaims(text, Language.EN, PUBLISHED)).isEmpty();
        assertThat(countsWithDays(text, Language.EN, PUBLISHED))
                .containsExactly("killed 9@2026-12-07..2026-12-07", "wounded 25@2026-12-07..2026-12-07");
        // a full stop still ends the sentence: what follows is another event's day
        String visit = "An explosion at a fireworks depot killed nine workers, officials said. The blast was heard across the town. "
                + "The governor visited the site on Monday.";
        assertThat(dateClaims(visit, Language.EN, PUBLISHED)).containsExactly("2026-12-07..2026-12-07");
    }

    @Test
    void theArabicAttackersToldAgainInReportedSpeechDateTheToll() {
        String text = "قتل ثمانية مزارعين في هجوم على بلدة زراعية في وسط البلاد، وفق ما أفاد مصدر أمني. "
                + "وأوضح المصدر أن المسلحين اقتحموا البلدة فجر الاثنين وأضرموا النار في المحاصيل.";
        assertThat(dateClaims(text, Language.AR, PUBLISHED)).isEmpty();
        assertThat(countsWithDays(text, Language.AR, PUBLISHED)).containsExactly("killed 8@2026-12-07..2026-12-07");
        String pluperfect = "قتل ثمانية مزارعين في هجوم على بلدة زراعية في وسط البلاد. "
                + "وكان المهاجمون قد وصلوا على متن شاحنات صغيرة مساء الثلاثاء وفتحوا النار على السكان.";
        assertThat(dateClaims(pluperfect, Language.AR, PUBLISHED)).isEmpty();
        assertThat(countsWithDays(pluperfect, Language.AR, PUBLISHED)).containsExactly("killed 8@2026-12-08..2026-12-08");
    }

    @Test
    void indefiniteArabicGunmenAreAnotherAttack() {
        String text = "قتل ثمانية مزارعين في هجوم على بلدة زراعية في وسط البلاد. واقتحم مسلحون مجهولون قرية مجاورة مساء الاثنين.";
        assertThat(dateClaims(text, Language.AR, PUBLISHED)).containsExactly("2026-12-07..2026-12-07");
    }
}
