package org.corroborate.verify;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.corroborate.api.Span;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One report weighed for a claim (CONTRACT.md "Check report"): {@code snippet} is plain text (the
 * report's sentence), {@code marks} index it — never HTML. {@code says} is what the report states,
 * in the article's language; {@code match} says on what the same-event decision was made and what
 * it had to do without.
 *
 * @param claim the report's claim id
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"report_id", "source", "published", "url", "lang", "claim", "says", "snippet", "marks", "agrees",
        "later", "match"})
public record Evidence(@JsonProperty("report_id") String reportId, String source, LocalDate published, String url,
                       String lang, String claim, String says, String snippet, List<Span> marks, boolean agrees,
                       @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean later, Match match) {
    public Evidence {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(lang, "lang");
        snippet = snippet == null ? "" : snippet;
        marks = List.copyOf(marks);
        for (Span mark : marks) {
            if (mark.end() > snippet.length()) {
                throw new IllegalArgumentException("mark " + mark + " outside the snippet");
            }
        }
    }

    /** The slots the same-event decision used and those it lacked (CONTRACT.md: "says so in the evidence"). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Match(List<String> on, List<String> missing,
                        @JsonProperty("days_apart") Integer daysApart) {
        public Match {
            on = List.copyOf(on);
            missing = List.copyOf(missing);
        }

        static Match of(EventMatch match) {
            return new Match(match.on(), match.missing(), match.daysApart());
        }
    }
}
