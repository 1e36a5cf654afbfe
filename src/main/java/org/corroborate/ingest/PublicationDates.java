package org.corroborate.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a publication date as documents write it: ISO 8601 with or without time, offset or
 * fraction ({@code 2025-12-19T08:30:00+03:00}, {@code ...Z}, {@code ...+0300}, a space instead
 * of {@code T}), and RFC 1123 ({@code Fri, 19 Dec 2025 08:30:00 GMT}). {@code published} is the
 * date in the source's own offset; a timestamp without an offset gives a date only.
 */
final class PublicationDates {
    private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:)");
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Pattern DATE_PREFIX = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");

    private PublicationDates() {
    }

    /** The date (and timestamp when known) a document says it was published. */
    record Publication(LocalDate date, OffsetDateTime at) {
        static Publication of(OffsetDateTime at) {
            return new Publication(at.toLocalDate(), at);
        }
    }

    /** The first candidate that reads as a date. */
    static Optional<Publication> first(List<String> candidates) {
        return candidates.stream().map(PublicationDates::parse).flatMap(Optional::stream).findFirst();
    }

    static Optional<Publication> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String iso = isoShape(raw.strip());
        Optional<Publication> found = tryParse(() -> Publication.of(OffsetDateTime.parse(iso)))
                .or(() -> tryParse(() -> new Publication(LocalDateTime.parse(iso).toLocalDate(), null)))
                .or(() -> tryParse(() -> new Publication(LocalDate.parse(iso), null)))
                .or(() -> tryParse(() -> Publication.of(
                        ZonedDateTime.parse(raw.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime())));
        return found.or(() -> datePrefix(iso));
    }

    private static String isoShape(String raw) {
        String spaced = SPACE_BEFORE_TIME.matcher(raw).replaceFirst("$1T$2");
        return spaced.contains("T") ? OFFSET_WITHOUT_COLON.matcher(spaced).replaceFirst("$1:$2") : spaced;
    }

    private static Optional<Publication> datePrefix(String iso) {
        var m = DATE_PREFIX.matcher(iso);
        return m.find() ? tryParse(() -> new Publication(LocalDate.parse(m.group()), null)) : Optional.empty();
    }

    private interface Attempt {
        Publication get();
    }

    private static Optional<Publication> tryParse(Attempt attempt) {
        try {
            return Optional.of(attempt.get());
        } catch (DateTimeException notThisShape) {
            return Optional.empty();
        }
    }
}
