package org.corroborate.http;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.corroborate.keys.ApiKey;
import org.corroborate.keys.Role;
import org.corroborate.review.Decision;
import org.corroborate.review.ReportStore;
import org.corroborate.review.ReviewFilter;
import org.corroborate.review.ReviewItem;
import org.corroborate.review.ReviewQueue;
import org.corroborate.review.ReviewStatus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

/** The handlers of every route (CONTRACT.md "HTTP wire details"); the server adds auth, limits and problems. */
final class Endpoints {
    static final String REVIEW_PAGE = ReviewPageAssets.PAGE;
    private static final int MAX_PAGE = 200;

    private final ObjectMapper json;
    private final CheckService checks;
    private final ReportStore reports;
    private final ReviewQueue queue;
    private final ReportLoader loader;
    private final Metrics metrics;
    private final BooleanSupplier elasticsearchUp;
    private final ReviewPageAssets page = new ReviewPageAssets();

    Endpoints(ObjectMapper json, CheckService checks, ReportStore reports, ReviewQueue queue, ReportLoader loader,
              Metrics metrics, BooleanSupplier elasticsearchUp) {
        this.json = json;
        this.checks = checks;
        this.reports = reports;
        this.queue = queue;
        this.loader = loader;
        this.metrics = metrics;
        this.elasticsearchUp = elasticsearchUp;
    }

    List<Route> routes() {
        Set<Role> cms = Set.of(Role.CMS);
        Set<Role> editor = Set.of(Role.EDITOR);
        return List.of(
                Route.open(GET, "/health", this::health),
                Route.open(GET, ReviewPageAssets.PAGE, page::page),
                Route.open(GET, ReviewPageAssets.ASSET_PATH, page::asset),
                Route.of(GET, "/metrics", Set.of(Role.ADMIN), ctx -> ctx.contentType("text/plain; version=0.0.4")
                        .result(metrics.render())),
                Route.anyKey(GET, "/plugin-descriptor.json", ctx -> resource(ctx, "corroborate-plugin.json")),
                Route.anyKey(GET, "/api/v1/openapi.json", ctx -> resource(ctx, "openapi.json")),
                Route.of(POST, "/api/v1/checks", cms, this::submitCheck),
                Route.of(GET, "/api/v1/checks/<id>", Set.of(Role.CMS, Role.EDITOR), this::getCheck),
                Route.of(GET, "/api/v1/review", editor, this::listReview),
                Route.of(POST, "/api/v1/review/{id}/decision", editor, this::decide),
                Route.of(POST, "/api/v1/reports", cms, this::addReports),
                Route.of(POST, "/api/v1/hooks/article-saved", cms, this::articleSaved),
                Route.of(POST, "/api/v1/hooks/pre-publish", cms, this::prePublish));
    }

    private void health(Context ctx) {
        boolean up = elasticsearchUp.getAsBoolean();
        if (!up) {
            throw new ApiProblem(503, "es-unreachable", "Service unavailable", "Elasticsearch does not answer, or the server's indices are not available yet")
                    .with("elasticsearch", "unreachable").header("Retry-After", "10");
        }
        ObjectNode o = json.createObjectNode();
        o.put("status", "ok");
        o.put("elasticsearch", "reachable");
        send(ctx, 200, o);
    }

    private void submitCheck(Context ctx) {
        CheckService.Outcome outcome = checks.submit(checkRequest(ctx), key(ctx).name());
        metrics.check(outcome.created() ? "created" : "repeated");
        send(ctx, outcome.created() ? 201 : 200, outcome.report().report());
    }

    private void getCheck(Context ctx) {
        String id = ctx.pathParam("id");
        send(ctx, 200, reports.get(id).orElseThrow(() -> ApiProblem.notFound("no check report " + id)).report());
    }

    private void listReview(Context ctx) {
        ReviewFilter filter = new ReviewFilter(
                ReviewStatus.fromWire(ctx.queryParamAsClass("status", String.class).getOrDefault("open")),
                ctx.queryParam("article"), ctx.queryParam("revision"), ctx.queryParam("kind"), ctx.queryParam("lang"));
        int offset = intParam(ctx, ctx.queryParam("cursor") != null ? "cursor" : "offset", 0);
        int limit = Math.min(intParam(ctx, "limit", 50), MAX_PAGE);
        send(ctx, 200, ReviewJson.page(queue.store().list(filter, offset, Math.max(limit, 1))));
    }

    private void decide(Context ctx) {
        JsonNode body = body(ctx);
        Decision decision = Decision.fromWire(body.path("decision").asText(""));
        String version = body.path("version").isTextual() ? body.get("version").asText() : null;
        String reason = body.path("reason").isTextual() ? body.get("reason").asText() : null;
        ReviewItem item = queue.decide(ctx.pathParam("id"), decision, version, reason, key(ctx).name());
        metrics.decision(decision.wire());
        send(ctx, 200, ReviewJson.item(item));
    }

    private void addReports(Context ctx) {
        String body = ctx.body();
        String jsonl = body.stripLeading().startsWith("[") ? arrayToLines(body) : body;
        ObjectNode summary = loader.load(jsonl);
        send(ctx, 200, summary);
    }

    private void articleSaved(Context ctx) {
        CheckRequest request = checkRequest(ctx);
        checks.submit(request, key(ctx).name());
        send(ctx, 200, gate(request.id(), request.revision()));
    }

    private void prePublish(Context ctx) {
        JsonNode body = ctx.isMultipartFormData() ? null : body(ctx);
        if (body == null || body.has("text") || body.has("html")) {
            CheckRequest request = checkRequest(ctx);
            checks.submit(request, key(ctx).name());
            send(ctx, 200, gate(request.id(), request.revision()));
            return;
        }
        CheckRequest.of(withPlaceholderText(body), null, null); // validates id and revision
        String id = body.get("id").asText();
        String revision = body.get("revision").asText();
        if (reports.get(id + "@" + revision).isEmpty()) {
            throw ApiProblem.notFound("revision " + revision + " of " + id + " was never checked; send its text");
        }
        send(ctx, 200, gate(id, revision));
    }

    /**
     * The pre-publish rule: block while the revision has an open flag of severity {@code high}
     * ({@code count_mismatch}, {@code speaker_mismatch}); medium ones are counted, never block.
     */
    private ObjectNode gate(String id, String revision) {
        List<ReviewItem> open = queue.store().list(new ReviewFilter(ReviewStatus.OPEN, id, revision, null, null), 0,
                MAX_PAGE).items();
        ObjectNode o = json.createObjectNode();
        o.put("report_id", id + "@" + revision);
        o.put("open_flags", open.size());
        o.put("block", open.stream().anyMatch(i -> i.severity().equals("high")));
        o.put("review_url", REVIEW_PAGE + "?article=" + URLEncoder.encode(id, StandardCharsets.UTF_8)
                + "&revision=" + URLEncoder.encode(revision, StandardCharsets.UTF_8));
        return o;
    }

    private CheckRequest checkRequest(Context ctx) {
        if (!ctx.isMultipartFormData()) {
            return CheckRequest.of(body(ctx), null, null);
        }
        UploadedFile file = ctx.uploadedFile("file");
        String meta = ctx.formParam("meta");
        if (file == null || meta == null) {
            throw ApiProblem.badRequest("bad-request", "a multipart check needs the parts \"file\" and \"meta\"");
        }
        try (InputStream in = file.content()) {
            return CheckRequest.of(parse(meta), in.readAllBytes(), file.filename());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode body(Context ctx) {
        return parse(ctx.body());
    }

    private JsonNode parse(String text) {
        try {
            JsonNode node = json.readTree(text);
            if (node == null || !node.isObject()) {
                throw ApiProblem.badRequest("bad-json", "the body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest("bad-json", "the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private String arrayToLines(String body) {
        try {
            JsonNode array = json.readTree(body);
            StringBuilder lines = new StringBuilder();
            array.forEach(r -> lines.append(r.toString()).append('\n'));
            return lines.toString();
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest("bad-json", "the body is not a valid JSON array: " + e.getOriginalMessage());
        }
    }

    private static JsonNode withPlaceholderText(JsonNode body) {
        return ((ObjectNode) body.deepCopy()).put("text", "-");
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        try {
            int n = v == null ? fallback : Integer.parseInt(v);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("bad-request", "\"" + name + "\" must be a non-negative integer");
        }
    }

    static ApiKey key(Context ctx) {
        return ctx.attribute(ApiServer.KEY_ATTRIBUTE);
    }

    private void resource(Context ctx, String name) {
        try (InputStream in = Endpoints.class.getResourceAsStream("/plugin-descriptor/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks plugin-descriptor/" + name);
            }
            ctx.contentType("application/json").result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void send(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType("application/json").result(body.toString());
    }
}
