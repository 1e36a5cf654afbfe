package org.corroborate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.corroborate.api.DateMention;
import org.corroborate.api.Language;
import org.corroborate.extract.date.DatePolicy;
import org.corroborate.extract.date.DateRecognizer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The real article (shared/articles/ar/palmyra-isis-threat.txt, published 2025-12-19): every date
 * of its answer key is found with the key's text and values, and nothing else is taken for a date
 * ("ten years" is a duration, left to the numbers rules).
 */
class DatePalmyraArticleTest {
    @Test
    void findsEveryDateOfTheAnswerKeyAndNothingElse() throws IOException {
        Path article = DateConformance.shared("articles/ar/palmyra-isis-threat.txt");
        JsonNode key = new ObjectMapper().readTree(DateConformance.shared("articles/ar/palmyra-isis-threat.expected.json").toFile());
        LocalDate published = LocalDate.parse(key.path("published").asText());
        List<DateMention> found = DateRecognizer.shipped(Language.AR, DatePolicy.NEWS)
                .find(Files.readString(article), published);
        List<String> expected = new ArrayList<>();
        key.path("dates").forEach(d -> expected.add(d.path("text").asText() + " " + d.path("start").asText() + ".."
                + d.path("end").asText() + " " + d.path("grain").asText()));
        List<String> got = found.stream().map(m -> m.text() + " " + m.start() + ".." + m.end() + " " + m.grain().wire()).toList();
        assertThat(got).containsAll(expected);
        assertThat(got.stream().distinct().toList()).hasSameSizeAs(expected.stream().distinct().toList());
    }
}
