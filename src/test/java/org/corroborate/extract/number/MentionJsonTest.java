package org.corroborate.extract.number;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The mentions as the contract puts them on the wire (CONTRACT.md "Mentions"). */
class MentionJsonTest {
    private final ObjectMapper json = new ObjectMapper();

    private String wire(Language language, String text) throws Exception {
        return json.writeValueAsString(Recognizers.of(language).find(text));
    }

    @Test
    void writesAnExactCountAsAPlainValue() throws Exception {
        assertThat(wire(Language.AR, "2 مليون"))
                .isEqualTo("[{\"kind\":\"number\",\"text\":\"2 مليون\",\"span\":{\"start\":0,\"end\":7},\"value\":2000000}]");
    }

    @Test
    void writesMoreThanAsMinimumWithoutValue() throws Exception {
        assertThat(wire(Language.EN, "more than 50"))
                .isEqualTo("[{\"kind\":\"number\",\"text\":\"more than 50\",\"span\":{\"start\":0,\"end\":12},\"min\":51}]");
    }

    @Test
    void writesVagueQuantityAsApproximateRange() throws Exception {
        assertThat(wire(Language.AR, "عشرات"))
                .isEqualTo("[{\"kind\":\"number\",\"text\":\"عشرات\",\"span\":{\"start\":0,\"end\":5},\"min\":20,\"max\":99,\"approximate\":true}]");
    }

    @Test
    void writesDurationWithUnitAndIso() throws Exception {
        assertThat(wire(Language.EN, "ten years")).contains(
                "{\"kind\":\"duration\",\"text\":\"ten years\",\"span\":{\"start\":0,\"end\":9},\"value\":10,\"unit\":\"year\",\"iso\":\"P10Y\"}");
    }

    @Test
    void writesOrdinalWithValue() throws Exception {
        assertThat(wire(Language.EN, "21st"))
                .isEqualTo("[{\"kind\":\"ordinal\",\"text\":\"21st\",\"span\":{\"start\":0,\"end\":4},\"value\":21}]");
    }
}
