package org.corroborate.verify;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.corroborate.api.Language;
import org.corroborate.corpus.ReportHit;
import org.corroborate.corpus.ReportId;

/**
 * A claim of another report, as stored in the corpus (README "Corpus index design", claim slots),
 * with the report it comes from. Absent slots are {@code null}.
 *
 * @param count      the interval the stored count stands for, {@code null} for quotes and dated events
 * @param countValue the number as the report stated it, {@code null} when it gave only a range
 * @param partOf     whether the claim is a part of another ("including three children")
 * @param quoteDirect whether a quote stands in quotation marks; {@code null} when not a quote or not stored
 */
public record CorpusClaim(ReportId reportId, String claimId, String source, String url, Language lang, LocalDate published,
                          String type, String action, Interval count, Long countValue, boolean approximate,
                          String category, boolean partOf, String eventKind, LocalDate dateStart, LocalDate dateEnd,
                          String locationText, String locationKey, String quote, String speakerText,
                          String speakerKey, String sentence, Boolean quoteDirect) {
    public CorpusClaim {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(type, "type");
    }

    /** The outlet that speaks for this report: one vote per outlet; a report without one is its own outlet. */
    public String outlet() {
        return source == null || source.isBlank() ? "report:" + reportId.value() : source.strip();
    }

    public boolean hasDate() {
        return dateStart != null;
    }

    /** Reads one matched claim of a hit. */
    public static CorpusClaim of(ReportHit hit, Map<String, Object> slots) {
        String quote = string(slots, "quote_" + hit.lang().code());
        // an announcement date is when it was said, not when it happened: never compared as an event date
        boolean event = !"announced".equals(string(slots, "date_role"));
        return new CorpusClaim(hit.id(), string(slots, "claim_id"), hit.source(), hit.url(), hit.lang(), hit.published(),
                string(slots, "type"), string(slots, "action"), interval(slots), number(slots, "count_value"),
                Boolean.TRUE.equals(slots.get("approximate")), string(slots, "subject_category"),
                slots.get("part_of") != null, string(slots, "event_kind"), event ? date(slots, "date_start") : null,
                event ? date(slots, "date_end") : null, string(slots, "location_text"), string(slots, "location_key"), quote,
                string(slots, "speaker_text"), string(slots, "speaker_key"), string(slots, "sentence"),
                slots.get("quote_direct") instanceof Boolean direct ? direct : null);
    }

    private static Interval interval(Map<String, Object> slots) {
        Long min = number(slots, "count_min");
        if (min == null) {
            return null;
        }
        Long max = number(slots, "count_max");
        return new Interval(min, max == null ? Interval.UNBOUNDED : max);
    }

    private static String string(Map<String, Object> slots, String field) {
        Object value = slots.get(field);
        return value == null ? null : value.toString();
    }

    private static Long number(Map<String, Object> slots, String field) {
        return slots.get(field) instanceof Number n ? n.longValue() : null;
    }

    private static LocalDate date(Map<String, Object> slots, String field) {
        String value = string(slots, field);
        return value == null ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    }
}
