package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countsWithDays;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A count in a clause of what an event led to («…، ما أسفر عن وفاة 19 شخصاً»، «مما أدى إلى مقتل») takes the date of the
 * clause before the comma, the event whose result it is, not the day another verb of the sentence names first; that day
 * is then a dated event of its own, and the event's date, which the count carries, is none (dev38-ar-026). Sentences of
 * our own, published on Friday 6 February 2026.
 */
class ResultClauseDatesTest {
    private static final String FRI = "2026-02-06";

    @Test
    void theCountOfAResultClauseIsOfTheEventBeforeIt() {
        String text = "قضت محكمة الجنايات، أمس الخميس، بالسجن عشر سنوات على ثلاثة متهمين بتنظيم رحلة تهريب انتهت بغرق"
                + " قارب قبالة السواحل في أغسطس/آب 2024، ما أسفر عن وفاة 12 شخصاً.";
        assertThat(countsWithDays(text, Language.AR, FRI)).containsExactly("killed 12@2024-08-01..2024-08-31");
        assertThat(dateClaims(text, Language.AR, FRI)).containsExactly("2026-02-05..2026-02-05");
    }

    @Test
    void aResultClauseWithNoDateBeforeItKeepsTheSentencesDay() {
        // the clause before the comma names no date: the day of the sentence still dates the count
        String text = "أعلن الدفاع المدني، اليوم الجمعة، أن مبنى سكنياً قديماً انهار في حي الميدان بعد أمطار غزيرة، مما أدى إلى"
                + " مقتل خمسة أشخاص.";
        assertThat(countsWithDays(text, Language.AR, FRI)).containsExactly("killed 5@2026-02-06..2026-02-06");
        // nor does a comma with no result word make the count another clause's
        assertThat(countsWithDays("قضت المحكمة، أمس الخميس، بسجن متهمين في قضية تهريب تعود إلى أغسطس/آب 2024، وأوقفت الشرطة"
                + " أربعة أشخاص آخرين.", Language.AR, FRI)).containsExactly("arrested 4@2026-02-05..2026-02-05");
    }
}
