package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countsWithDays;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * An event named by its date («لزلزال 12 آذار/مارس 2021») whose toll a later sentence tells by the same noun with the article
 * («وكان الزلزال قد أودى بحياة …»), with no day of its own there: the count is of that event and takes its date, which is
 * then no date claim of its own (B9 of dev38; dev38-ar-014, dev38-ar-021). A toll of another noun keeps the date a date
 * claim. Sentences of our own.
 */
class EventNamedByItsDateTest {

    @Test
    void aTollToldByTheEventsNounTakesItsDate() {
        String text = "أحيا سكان المدينة، أمس الأحد، الذكرى الخامسة لزلزال 12 آذار/مارس 2021. وكان الزلزال قد أودى بحياة 140 شخصاً.";
        assertThat(countsWithDays(text, Language.AR, "2026-03-16")).containsExactly("killed 140@2021-03-12..2021-03-12");
        assertThat(dateClaims(text, Language.AR, "2026-03-16")).containsExactly("2026-03-15..2026-03-15");
        // a dual noun in construct, and again with the article
        String dual = "أقامت البلدية، الجمعة، حفلاً لتسليم مساكن جديدة لمتضرري انفجاري 3 آب/أغسطس 2024. وأودى الانفجاران بحياة 47 شخصاً.";
        assertThat(countsWithDays(dual, Language.AR, "2026-08-08")).containsExactly("killed 47@2024-08-03..2024-08-03");
        assertThat(dateClaims(dual, Language.AR, "2026-08-08")).doesNotContain("2024-08-03..2024-08-03");
    }

    @Test
    void aTollOfAnotherNounLeavesTheDateAClaim() {
        String text = "أحيا سكان المدينة، أمس الأحد، الذكرى الخامسة لزلزال 12 آذار/مارس 2021. وأسفر انهيار مبنى قديم في الحي عن"
                + " مقتل ثلاثة أشخاص.";
        assertThat(countsWithDays(text, Language.AR, "2026-03-16")).noneMatch(c -> c.contains("2021"));
        assertThat(dateClaims(text, Language.AR, "2026-03-16")).contains("2021-03-12..2021-03-12");
    }
}
