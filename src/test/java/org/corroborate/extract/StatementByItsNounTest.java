package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * The day an Arabic statement came out, named by its noun, is the statement's, no event of the story (dev rule 15): «في بلاغ
 * أمس السبت» as «في بيان أمس السبت» (the Maghreb's بلاغ is a بيان), and «حسب بلاغ نشرته المديرية اليوم الأحد», «وفق بيان
 * أصدرته الوزارة مساء السبت» with the body between the verb and the day. The event's own day stays a date. Sentences of our
 * own, published on Sunday 13 September 2026.
 */
class StatementByItsNounTest {
    private static final String SUN = "2026-09-13";

    @Test
    void aStatementsDayIsNoEvent() {
        assertThat(dateClaims("وتبنت الجماعة الهجوم في بلاغ أمس السبت.", Language.AR, SUN)).isEmpty();
        assertThat(dateClaims("وحجزت المصالح الأمنية ثلاثة أطنان من مخدر الشيرا، حسب بلاغ نشرته المديرية اليوم الأحد.",
                Language.AR, SUN)).isEmpty();
    }

    @Test
    void theEventsOwnDayStays() {
        assertThat(dateClaims("وحجزت المصالح الأمنية ثلاثة أطنان من مخدر الشيرا يوم الجمعة، وفق بيان أصدرته الوزارة مساء السبت.",
                Language.AR, SUN)).containsExactly("2026-09-11..2026-09-11");
    }
}
