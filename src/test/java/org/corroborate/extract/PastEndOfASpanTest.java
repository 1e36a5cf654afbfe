package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A past span told by its start and, after «وانتهت» or «واختتمت», its end («انطلقت العملية يوم السبت وانتهت مساء الاثنين»):
 * one event, whose end is no date claim of its own (the pack's {@code continued_before}, as «تنتهي» ahead of publication);
 * the date claim is the whole span, start to end (the pack's {@code closed_before}; date-policy: an opening and a closing day
 * of one subject in one clause are one stretch, past or ahead; dev40-ar-027's writer, and dev32-ar-006's for its counts),
 * while «واستمرت حتى فجر الأحد» leaves the start its own day (K17 of dev11). An ending verb with a subject of its own is
 * another event. Sentences of our own, published on Tuesday 23 June 2026.
 */
class PastEndOfASpanTest {
    private static final String TUE = "2026-06-23";

    @Test
    void theEndOfAPastSpanIsNoDateOfItsOwnButClosesTheSpan() {
        // inside a statement's clause the end is still no date of its own (the span there is not yet joined: a known limit)
        assertThat(dateClaims("وأوضحت المديرية أن الحملة انطلقت يوم السبت وانتهت مساء الاثنين، وأسفرت عن حجز كميات من المخدرات.",
                Language.AR, TUE)).hasSize(1).doesNotContain("2026-06-22..2026-06-22");
        assertThat(dateClaims("بدأت المناورات العسكرية المشتركة يوم الأحد واختتمت ظهر الاثنين في منطقة صحراوية.", Language.AR, TUE))
                .containsExactly("2026-06-21..2026-06-22");
    }

    @Test
    void anEndingWithASubjectOfItsOwnIsAnotherEvent() {
        assertThat(dateClaims("وأقر البرلمان القانون يوم الأحد، وانتهت الأزمة السياسية يوم الاثنين بتوقيع اتفاق.", Language.AR, TUE))
                .containsExactly("2026-06-21..2026-06-21", "2026-06-22..2026-06-22");
    }
}
