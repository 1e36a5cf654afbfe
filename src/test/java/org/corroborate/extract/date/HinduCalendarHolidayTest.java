package org.corroborate.extract.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Indian festivals computed by HinduCalendar, in years other than the ones the Duckling corpus
 * asks for, against the dates Indian almanacs (Drik Panchang, New Delhi) and the Government of
 * India holiday lists give.
 */
class HinduCalendarHolidayTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "tithi:ashvin-30:sunset, 2018, 2018-11-07",        // Diwali
        "tithi:ashvin-30:sunset, 2020, 2020-11-14",
        "tithi:ashvin-30:sunset, 2022, 2022-10-24",
        "tithi:ashvin-30:sunset, 2023, 2023-11-12",
        "tithi:phalguna-15:sunset@+1, 2020, 2020-03-10",   // Holi, the day after Holika Dahan
        "tithi:phalguna-15:sunset@+1, 2022, 2022-03-18",
        "tithi:phalguna-15:sunset@+1, 2024, 2024-03-25",
        "tithi:shravana-15:sunrise, 2024, 2024-08-19",     // Raksha Bandhan
        "tithi:bhadrapada-04:sunrise, 2023, 2023-09-19",   // Ganesh Chaturthi
        "tithi:magha-29:midnight, 2024, 2024-03-08",       // Maha Shivaratri
        "tithi:shravana-23:midnight, 2024, 2024-08-26",    // Janmashtami
        "tithi:chaitra-01:sunrise, 2024, 2024-04-09",      // Ugadi
        "tithi:chaitra-09:sunrise, 2024, 2024-04-17",      // Rama Navami
        "tithi:ashvin-10:sunrise, 2019, 2019-10-08",       // Dussehra
        "tithi:ashvin-10:sunrise, 2023, 2023-10-24",
        "sankranti:makara:sunset, 2023, 2023-01-15",       // Makar Sankranti (after sunset on the 14th)
        "sankranti:makara:sunset, 2018, 2018-01-14",
        "sankranti:mesha:midnight, 2024, 2024-04-13",      // Vaisakhi (at 21:05 IST on the 13th)
        "sankranti:mesha:midnight, 2023, 2023-04-14",
    })
    void matchesTheAlmanac(String spec, int year, LocalDate expected) {
        assertThat(Holidays.in(spec, year)).containsExactly(expected, expected);
    }

    @Test
    void navaratriIsNineDaysFromAshvinPratipada() {
        assertThat(Holidays.in("tithi:ashvin-01:sunrise~8", 2023))
                .containsExactly(LocalDate.of(2023, 10, 15), LocalDate.of(2023, 10, 23));
    }

    @Test
    void rejectsUnknownMonthsSignsAndTimesOfDay() {
        assertThatThrownBy(() -> Holidays.check("tithi:sivan-10:sunrise")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Holidays.check("tithi:ashvin-31:sunrise")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Holidays.check("tithi:ashvin-10:noon")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Holidays.check("sankranti:aries:sunset")).isInstanceOf(IllegalArgumentException.class);
    }
}
