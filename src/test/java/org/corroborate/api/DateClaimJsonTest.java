package org.corroborate.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Dev rule 21b: {@code "scheduled": true} is written for a scheduled event only, so past events read as before; {@code
 * "in_statement": true} likewise only for a date told among a quote's words, with {@code "statement"} naming that quote
 * claim's id.
 */
class DateClaimJsonTest {
    private static final JsonMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private static DateClaim claim(boolean scheduled) {
        LocalDate day = LocalDate.parse("2026-02-23");
        return new DateClaim("c1", new ClaimDate(day, day, Grain.DAY, ClaimDate.Role.EVENT), null,
                "The suspects will appear before a judge on February 23.", new Span(42, 53), false, scheduled);
    }

    @Test
    void writesScheduledOnlyWhenTrue() throws Exception {
        assertThat(JSON.writeValueAsString(claim(true))).contains("\"scheduled\":true");
        assertThat(JSON.writeValueAsString(claim(false))).doesNotContain("scheduled");
    }

    @Test
    void keepsScheduledThroughANewId() {
        assertThat(claim(true).withId("c7").scheduled()).isTrue();
        assertThat(new DateClaim("c1", claim(false).date(), null, "t", new Span(0, 1), false).scheduled()).isFalse();
    }

    @Test
    void writesInStatementOnlyWhenTrueAndKeepsItThroughANewId() throws Exception {
        DateClaim told = claim(true).toldInStatement("c3");
        assertThat(JSON.writeValueAsString(told)).contains("\"in_statement\":true").contains("\"scheduled\":true");
        assertThat(JSON.writeValueAsString(claim(true))).doesNotContain("in_statement");
        assertThat(told.withId("c7").inStatement()).isTrue();
        assertThat(told.withId("c7").scheduled()).isTrue();
    }

    @Test
    void namesItsStatementByIdExactlyWhenInStatement() throws Exception {
        DateClaim told = claim(false).toldInStatement("c3");
        assertThat(JSON.writeValueAsString(told)).contains("\"in_statement\":true,\"statement\":\"c3\"");
        assertThat(JSON.writeValueAsString(claim(false))).doesNotContain("statement");
        assertThat(told.withId("c7").statement()).isEqualTo("c3");
        assertThat(claim(false).statement()).isNull();
        assertThat(claim(false).inStatement()).isFalse();
    }
}
