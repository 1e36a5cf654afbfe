package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;
import static org.corroborate.extract.ExtractedClaims.quoteDates;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A meeting, talks or a session told with its day in a sentence of its own, and a quote said at it in a next sentence whose
 * words refer back to it («وأكد الوزير خلال الاجتماع أن …», "told reporters after the meeting"): the quote carries the day
 * (round t39's survey of the development sets: B6 of dev37, G2 of dev8), and the meeting is no date claim of its own ({@link
 * DateClaims#meetingOfAQuote}, the Arabic pack's {@code meeting_words}, {@code meeting_acts} and {@code
 * meeting_back_references}). Arabic only: the English sets give the meeting its own date claim (dev30-en-030).
 * A vote or a signing at the meeting, a meeting on another day than the quote, one no quote was said at, and a scheduled
 * one keep their date claims.
 */
class MeetingOfAQuoteTest {

    // published on Wednesday 14 October 2026: Tuesday is the 13th, Monday the 12th

    @Test
    void theArabicTalksOfAQuoteAreCarriedByIt() {
        String text = "عمّان - بحث وزير الخارجية، اليوم الأربعاء، مع نظيره التونسي سبل تعزيز التعاون الاقتصادي بين البلدين. "
                + "وأكد الوزير خلال الاجتماع أن «المملكة حريصة على توسيع الاستثمارات المشتركة في قطاعي الطاقة والنقل».";
        assertThat(dateClaims(text, Language.AR, "2026-10-14")).isEmpty();
        assertThat(quoteDates(text, Language.AR, "2026-10-14")).containsExactly("2026-10-14");
    }

    @Test
    void anEnglishMeetingKeepsItsDay() {
        // the English sets give the meeting its date claim beside the quote said after it (dev30-en-030, B7 of dev30), and
        // the packs have no meeting words for English
        String text = "Finance ministers from the two countries met in Nairobi on Tuesday to discuss a stalled customs deal. "
                + "\"We have closed most of the gaps,\" Kenya's finance minister told reporters after the meeting.";
        assertThat(dateClaims(text, Language.EN, "2026-10-14")).containsExactly("2026-10-13..2026-10-13");
    }

    @Test
    void aSigningOrAVoteAtTheMeetingKeepsItsDay() {
        String signing = "عمّان - وقّع وزير الخارجية، اليوم الأربعاء، مع نظيره التونسي اتفاقية للتعاون الاقتصادي بين البلدين خلال اجتماع في مقر الوزارة. "
                + "وأكد الوزير خلال الاجتماع أن «المملكة حريصة على توسيع الاستثمارات المشتركة».";
        assertThat(dateClaims(signing, Language.AR, "2026-10-14")).containsExactly("2026-10-14..2026-10-14");
        String vote = "The city council voted at a session on Tuesday to close the old bus depot. "
                + "\"The depot has cost us too much for too long,\" the mayor said after the session.";
        assertThat(dateClaims(vote, Language.EN, "2026-10-14")).containsExactly("2026-10-13..2026-10-13");
    }

    @Test
    void aMeetingOnAnotherDayOrWithNoQuoteKeepsItsDay() {
        // the quote dated by a day of its own, not the meeting's
        String otherDay = "Finance ministers from the two countries met in Nairobi on Monday to discuss a stalled customs deal. "
                + "Kenya's finance minister said on Wednesday after the meeting that most of the gaps had been closed.";
        assertThat(dateClaims(otherDay, Language.EN, "2026-10-14")).containsExactly("2026-10-12..2026-10-12");
        // no statement said at the meeting
        String noQuote = "عمّان - بحث وزير الخارجية، اليوم الأربعاء، مع نظيره التونسي سبل تعزيز التعاون الاقتصادي بين البلدين. "
                + "وتناول الجانبان كذلك تطورات الأوضاع في المنطقة.";
        assertThat(dateClaims(noQuote, Language.AR, "2026-10-14")).containsExactly("2026-10-14..2026-10-14");
    }

    @Test
    void aScheduledNextMeetingKeepsItsDay() {
        String text = "عمّان - بحث وزير الخارجية، اليوم الأربعاء، مع نظيره التونسي سبل تعزيز التعاون الاقتصادي بين البلدين. "
                + "وأكد الوزير خلال الاجتماع أن «المملكة حريصة على توسيع الاستثمارات المشتركة». "
                + "ومن المقرر أن تعقد اللجنة المشتركة اجتماعها المقبل في تونس يوم 20 تشرين الثاني المقبل.";
        assertThat(dateClaims(text, Language.AR, "2026-10-14")).containsExactly("2026-11-20..2026-11-20");
    }
}
