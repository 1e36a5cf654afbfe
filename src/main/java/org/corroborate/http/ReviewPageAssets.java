package org.corroborate.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import io.javalin.http.Context;

/**
 * The editors' review page at {@code /review} (issue 7): three static files from the jar, a page
 * that asks for an editor key once, keeps it in {@code sessionStorage} and calls the API with it.
 * The page itself needs no key (it holds no data). Its headers forbid inline script, outside
 * resources and framing: the articles and reports it shows are untrusted, and the page only ever
 * writes them as text.
 */
final class ReviewPageAssets {
    static final String PAGE = "/review";
    static final String ASSET_PATH = "/review/{asset}";

    /**
     * No inline script or style, nothing from elsewhere, no framing, no form posting anywhere: the
     * page's own script and stylesheet, and API calls to its own origin.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";

    private static final String ROOT = "/org/corroborate/http/review/";
    private static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "review.css", "text/css; charset=utf-8",
            "review.js", "text/javascript; charset=utf-8");

    private final Map<String, byte[]> files;

    /** @throws IllegalStateException when the jar lacks one of the page's files (a broken build) */
    ReviewPageAssets() {
        this.files = Map.of("index.html", load("index.html"), "review.css", load("review.css"),
                "review.js", load("review.js"));
    }

    void page(Context ctx) {
        send(ctx, "index.html");
    }

    void asset(Context ctx) {
        String name = ctx.pathParam("asset");
        if (name.equals("index.html") || !files.containsKey(name)) {
            throw ApiProblem.notFound("no file " + name + " on the review page");
        }
        send(ctx, name);
    }

    private void send(Context ctx, String name) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Cross-Origin-Opener-Policy", "same-origin")
                .header("Cache-Control", "no-cache")
                .contentType(TYPES.get(name))
                .result(files.get(name));
    }

    private static byte[] load(String name) {
        try (InputStream in = ReviewPageAssets.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + ROOT + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
