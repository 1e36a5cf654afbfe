package org.corroborate.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.corroborate.corpus.EsSettings;
import org.corroborate.keys.Role;
import org.corroborate.testing.LocalElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The review page's files as served (issue 7): no key needed, the right types, headers that forbid
 * inline script and framing, and a script that never turns data into HTML. The page's behaviour
 * in a browser is {@link ReviewPageBrowserTest}.
 */
@ExtendWith(LocalElasticsearch.class)
class ReviewPageIntegrationTest {
    /** Ways a script can turn a string into markup or code. */
    private static final Pattern HTML_SINKS = Pattern.compile(
            "innerHTML|outerHTML|insertAdjacentHTML|document\\.write|createContextualFragment|DOMParser"
                    + "|\\beval\\s*\\(|new\\s+Function|setTimeout\\s*\\(\\s*['\"]|srcdoc");

    private static ApiFixture api;

    @BeforeAll
    static void start(EsSettings es) {
        api = ApiFixture.start(es, "it-http-review-page-files");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void thePageIsServedWithoutAKeyAsHtmlWithAStrictPolicy() {
        HttpResponse<String> r = api.get("/review", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(r.body()).contains("<script src=\"/review/review.js\" defer></script>")
                .contains("href=\"/review/review.css\"");
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'",
                "frame-ancestors 'none'", "base-uri 'none'").doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void theReviewUrlOfTheWebhooksOpensThePage() {
        HttpResponse<String> r = api.get("/review?article=cms-42&revision=7", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"items\"");
    }

    @Test
    void theDescriptorsReviewPageIsServed() {
        String url = ApiFixture.json(api.get("/plugin-descriptor.json", Role.EDITOR)).at("/review_page/url").asText();
        assertThat(api.get(url, null).headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    }

    @Test
    void theScriptAndStylesheetAreServedWithTheirTypes() {
        HttpResponse<String> js = api.get("/review/review.js", null);
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/javascript"));
        assertThat(js.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(js.body()).contains("sessionStorage").contains("textContent");
        HttpResponse<String> css = api.get("/review/review.css", null);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/css"));
    }

    @Test
    void anyOtherFileUnderThePageIs404() {
        ApiAccessIntegrationTest.assertProblem(api.get("/review/secrets.json", null), 404);
        ApiAccessIntegrationTest.assertProblem(api.get("/review/index.html", null), 404);
    }

    @Test
    void thePageDataStillNeedsAnEditorKey() {
        ApiAccessIntegrationTest.assertProblem(api.get("/api/v1/review", null), 401);
        ApiAccessIntegrationTest.assertProblem(api.get("/api/v1/review", Role.CMS), 403);
    }

    @Test
    void theScriptNeverTurnsTextIntoMarkupOrCode() throws IOException {
        String js = resource("review.js");
        assertThat(js).contains("createElement").contains("textContent");
        assertThat(HTML_SINKS.matcher(js).results().map(m -> m.group()).toList()).isEmpty();
    }

    @Test
    void theSinkCheckCatchesWhatItLooksFor() {
        // the pattern above would let a sink through if it were misspelt: hold it to known offenders
        assertThat(HTML_SINKS.matcher("li.innerHTML = item.claim.text").find()).isTrue();
        assertThat(HTML_SINKS.matcher("el.insertAdjacentHTML('beforeend', s)").find()).isTrue();
        assertThat(HTML_SINKS.matcher("document.write(s)").find()).isTrue();
        assertThat(HTML_SINKS.matcher("el.textContent = s").find()).isFalse();
    }

    @Test
    void thePageHasNoInlineScriptStyleOrHandler() throws IOException {
        String html = resource("index.html");
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)", Pattern.CASE_INSENSITIVE).matcher(html).find()).isFalse();
        assertThat(Pattern.compile("<style|\\sstyle=", Pattern.CASE_INSENSITIVE).matcher(html).find()).isFalse();
        assertThat(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find()).isFalse();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ReviewPageIntegrationTest.class.getResourceAsStream("/org/corroborate/http/review/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
