package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A date ahead of publication that an Arabic sentence gives only as a likelihood («ربما»، «من غير المستبعد»), a hope («تأمل
 * الحكومة») or an estimate of a quantity («تشير التقديرات إلى») is no scheduled event (dev rule 21b; the pack's
 * unscheduled_before, as «قد تُعقد» already is). Estimates as the object of a fixed act, and plain schedules, stay scheduled.
 * Sentences of our own, published on Wednesday 20 May 2026.
 */
class HopesAndLikelihoodsAheadTest {
    private static final String WED = "2026-05-20";

    @Test
    void aLikelihoodAHopeOrAnEstimateIsNoSchedule() {
        assertThat(dateClaims("وربما تستأنف المفاوضات غير المباشرة الأسبوع المقبل.", Language.AR, WED)).isEmpty();
        assertThat(dateClaims("ومن غير المستبعد أن تُجرى انتخابات مبكرة في أيلول المقبل.", Language.AR, WED)).isEmpty();
        assertThat(dateClaims("وتأمل الحكومة في إنجاز المرحلة الأولى من المشروع في آب المقبل.", Language.AR, WED)).isEmpty();
        assertThat(dateClaims("وتشير التقديرات إلى أن عدد الزوار سيتجاوز مليون زائر في تموز المقبل.", Language.AR, WED)).isEmpty();
    }

    @Test
    void aFixedActStaysScheduled() {
        assertThat(dateClaims("وتعتزم الهيئة نشر التقديرات النهائية في 15 كانون الأول.", Language.AR, WED))
                .containsExactly("2026-12-15..2026-12-15");
        assertThat(dateClaims("وتعقد اللجنة اجتماعها المقبل في 9 تموز.", Language.AR, WED)).containsExactly("2026-07-09..2026-07-09");
    }
}
