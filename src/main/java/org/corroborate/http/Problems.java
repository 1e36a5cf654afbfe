package org.corroborate.http;

import java.util.NoSuchElementException;

import org.corroborate.api.CorroborateException;
import org.corroborate.api.ElasticsearchUnavailableException;
import org.corroborate.api.InputRejectedException;
import org.corroborate.review.InvalidTransitionException;
import org.corroborate.review.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/**
 * Every failure as {@code application/problem+json} (RFC 9457), never a stack trace: the same
 * split as the command line's exit codes. Input rejected → 400 (413 when too large), Elasticsearch
 * unreachable or refusing → 503 with {@code Retry-After}, a stale version → 409 with
 * {@code current_version}, a bug → 500 (logged here, with its stack, on the server's stderr).
 */
final class Problems {
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    static ApiProblem of(Exception e) {
        return switch (e) {
            case ApiProblem p -> p;
            case StaleVersionException s -> ApiProblem.conflict("stale-version", s.getMessage())
                    .with("current_version", s.currentVersion());
            case InvalidTransitionException t -> ApiProblem.conflict(t.code(), t.getMessage());
            case ElasticsearchUnavailableException u -> new ApiProblem(503, u.code(), "Service unavailable",
                    u.getMessage()).header("Retry-After", "10");
            case InputRejectedException r when r.code().equals("too-large") ->
                    new ApiProblem(413, r.code(), "Content too large", r.getMessage());
            case CorroborateException c -> ApiProblem.badRequest(c.code(), c.getMessage());
            case NoSuchElementException n -> ApiProblem.notFound(n.getMessage());
            case HttpResponseException h -> fromJavalin(h);
            default -> bug(e);
        };
    }

    private static ApiProblem fromJavalin(HttpResponseException h) {
        return switch (h.getStatus()) {
            case 413 -> new ApiProblem(413, "too-large", "Content too large", "the request body is over the limit");
            case 404 -> ApiProblem.notFound("no such route");
            case 405 -> new ApiProblem(405, "method-not-allowed", "Method not allowed", "this route does not take that method");
            default -> new ApiProblem(h.getStatus(), "http-" + h.getStatus(), "HTTP " + h.getStatus(),
                    h.getMessage() == null ? "the request was refused" : h.getMessage());
        };
    }

    private static ApiProblem bug(Exception e) {
        LOG.error("internal error answering a request", e);
        return new ApiProblem(500, "internal-error", "Internal server error",
                "this is a bug in corroborate; the server log has the details");
    }

    static void write(Context ctx, ApiProblem p, ObjectMapper json) {
        ObjectNode body = json.createObjectNode();
        body.put("type", p.type());
        body.put("title", p.title());
        body.put("status", p.status());
        body.put("detail", p.detail());
        p.extensions().forEach((k, v) -> body.set(k, json.valueToTree(v)));
        p.headers().forEach(ctx::header);
        if (p.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"corroborate\"");
        }
        ctx.status(p.status()).contentType(MEDIA_TYPE).result(body.toString());
    }
}
