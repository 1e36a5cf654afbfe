package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Two annotations of one text agree by the rules the extractor is scored by. */
class ClaimMatcherAnnotationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode claim(String json) throws Exception {
        return JSON.readTree(json.replace('\'', '"'));
    }

    @Test
    void countsAgreeOnActionAndEncodingOnly() throws Exception {
        JsonNode first = claim("{'type':'casualty','action':'killed','count':{'min':12},'subject':{'category':'civilians'},'evidence':'at least 12 civilians'}");
        assertThat(ClaimMatcher.matchesAnnotation(first, claim(
                "{'type':'casualty','action':'killed','count':{'min':12},'subject':{'category':'people'},'evidence':'12 civilians'}"))).isTrue();
        assertThat(ClaimMatcher.matchesAnnotation(first, claim(
                "{'type':'casualty','action':'killed','count':{'min':13},'subject':{'category':'civilians'},'evidence':'more than 12'}"))).isFalse();
        assertThat(ClaimMatcher.matchesAnnotation(first, claim(
                "{'type':'casualty','action':'wounded','count':{'min':12},'subject':{'category':'civilians'},'evidence':'12 wounded'}"))).isFalse();
    }

    @Test
    void quotesAgreeOnOverlappingWordsAndSpeaker() throws Exception {
        JsonNode first = claim("{'type':'quote','quote':'قتل أربعة مسلحين خلال الاشتباكات','speaker':'المتحدث باسم الجيش','direct':false}");
        assertThat(ClaimMatcher.matchesAnnotation(first, claim(
                "{'type':'quote','quote':'أربعة مسلحين قتلوا خلال الاشتباكات','speaker':'المتحدث باسم الجيش العراقي','direct':false}"))).isTrue();
        assertThat(ClaimMatcher.matchesAnnotation(first, claim(
                "{'type':'quote','quote':'قتل أربعة مسلحين خلال الاشتباكات','speaker':'وزارة الداخلية','direct':false}"))).isFalse();
    }

    @Test
    void datesAgreeOnTheSameRange() throws Exception {
        JsonNode first = claim("{'type':'date','date':{'start':'2026-03-02','end':'2026-03-02'},'evidence':'voted on Monday'}");
        assertThat(ClaimMatcher.matchesAnnotation(first, claim(
                "{'type':'date','date':{'start':'2026-03-02','end':'2026-03-02'},'evidence':'The vote on Monday'}"))).isTrue();
        assertThat(ClaimMatcher.matchesAnnotation(first, claim(
                "{'type':'date','date':{'start':'2026-03-02','end':'2026-03-03'},'evidence':'voted on Monday'}"))).isFalse();
        assertThat(ClaimMatcher.matchesAnnotation(first, claim(
                "{'type':'quote','quote':'voted on Monday','speaker':'the speaker','direct':false}"))).isFalse();
    }
}
