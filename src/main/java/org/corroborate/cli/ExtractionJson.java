package org.corroborate.cli;

import org.corroborate.extract.Extraction;
import org.corroborate.ingest.ArticleJson;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The extract JSON of CONTRACT.md: {@code {"article": …, "mentions": […], "claims": […]}}, the
 * base the check report adds its verdicts to.
 */
final class ExtractionJson {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private ExtractionJson() {
    }

    static ObjectNode toJson(Extraction.Result result) {
        ObjectNode json = MAPPER.createObjectNode();
        json.set("article", ArticleJson.toJson(result.article()));
        json.set("mentions", MAPPER.valueToTree(result.mentions()));
        json.set("claims", MAPPER.valueToTree(result.claims()));
        return json;
    }
}
