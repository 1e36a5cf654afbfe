package org.corroborate.http;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.corroborate.corpus.elasticsearch.Clients.Timeouts;
import org.corroborate.corpus.elasticsearch.IndexStore;
import org.corroborate.extract.ClaimExtractor;
import org.corroborate.keys.ApiKey;
import org.corroborate.keys.KeyStore;
import org.corroborate.keys.elasticsearch.ElasticsearchKeyStore;
import org.corroborate.review.ReviewQueue;
import org.corroborate.review.elasticsearch.ElasticsearchReportStore;
import org.corroborate.review.elasticsearch.ElasticsearchReviewStore;
import org.corroborate.rules.RulePacks;
import org.corroborate.corpus.PlaceAncestors;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;

/**
 * The CMS plugin's HTTP API ({@code corroborate serve}, issue 7) on Javalin 7 (Jetty 12). Stateless: reports,
 * review items and keys live in Elasticsearch, so instances can run side by side behind a load
 * balancer; only rate-limit counters are per instance. Every route but {@code /health} needs
 * {@code Authorization: Bearer <key>} with a role the route allows; every error is problem+json.
 */
public final class ApiServer implements AutoCloseable {
    static final String KEY_ATTRIBUTE = "corroborate.key";
    private static final String ROUTE_ATTRIBUTE = "corroborate.route";
    private static final String START_ATTRIBUTE = "corroborate.start";
    static final Duration HEALTH_WAIT = Duration.ofSeconds(3);
    private static final Executor HEALTH_CHECKS = Executors.newVirtualThreadPerTaskExecutor();

    private final ObjectMapper json = new ObjectMapper();
    private final ServeSettings settings;
    private final KeyStore keys;
    private final RateLimiter limiter;
    private final Metrics metrics = new Metrics();
    private final List<Route> routes;
    private final List<AutoCloseable> resources;
    private final Javalin app;

    private ApiServer(ServeSettings settings, ArticleChecker checker, ClaimExtractor extractor, PlaceAncestors places) {
        this.settings = settings;
        Clock clock = Clock.systemUTC();
        var keyStore = ElasticsearchKeyStore.open(settings.es(), settings.prefix(), Timeouts.SERVE).ensureIndex();
        var reviewStore = ElasticsearchReviewStore.open(settings.es(), settings.prefix(), Timeouts.SERVE).ensureIndex();
        var reportStore = ElasticsearchReportStore.open(settings.es(), settings.prefix(), Timeouts.SERVE).ensureIndex();
        this.resources = List.of(keyStore, reviewStore, reportStore);
        this.keys = keyStore;
        this.limiter = new RateLimiter(settings.requestsPerMinute(), clock);
        ReviewQueue queue = new ReviewQueue(reviewStore, clock);
        CheckService checks = new CheckService(checker, reportStore, queue, clock, settings.checkTimeout(),
                settings.concurrentChecks());
        ReportLoader loader = new ReportLoader(settings.es(), settings.prefix(), extractor, places);
        List<IndexStore> stores = List.of(keyStore, reviewStore, reportStore);
        this.routes = new Endpoints(json, checks, reportStore, queue, loader, metrics, () -> usable(stores)).routes();
        this.app = javalin();
    }

    /**
     * A server for {@code settings}, its indices created on first use; not listening until {@link #start}.
     *
     * @throws org.corroborate.api.ElasticsearchUnavailableException when Elasticsearch does not answer
     */
    public static ApiServer create(ServeSettings settings, RulePacks packs, PlaceAncestors places, ArticleChecker checker) {
        return create(settings, new ClaimExtractor(packs), places, checker);
    }

    /** As above, sharing an extractor (and its gazetteer) already built. */
    public static ApiServer create(ServeSettings settings, ClaimExtractor extractor, PlaceAncestors places,
                                   ArticleChecker checker) {
        return new ApiServer(settings, checker, extractor, places);
    }

    public ApiServer start(int port) {
        app.start(port);
        return this;
    }

    public int port() {
        return app.port();
    }

    /** The routes this server answers (tests hold the OpenAPI document and the descriptor to them). */
    public List<String> routeSignatures() {
        return routes.stream().map(r -> r.method().name() + " " + r.openApiPath()).toList();
    }

    @Override
    public void close() {
        app.stop();
        for (AutoCloseable r : resources) {
            try {
                r.close();
            } catch (Exception ignored) {
                // closing on the way out
            }
        }
    }

    /**
     * {@code /health}: every index the server keeps is usable, answered within {@link #HEALTH_WAIT}
     * whatever the node does (a hung node is down for a load balancer too).
     */
    private static boolean usable(List<IndexStore> stores) {
        CompletableFuture<Boolean> all = CompletableFuture.supplyAsync(() -> stores.stream().allMatch(IndexStore::usable),
                HEALTH_CHECKS);
        try {
            return all.get(HEALTH_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            all.cancel(true);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Javalin javalin() {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.startupWatcherEnabled = false;
            config.concurrency.useVirtualThreads = true;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.jetty.multipartConfig.maxFileSize(settings.maxBodyBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(settings.maxBodyBytes(), SizeUnit.BYTES);
            for (Route r : routes) {
                config.routes.addHttpHandler(r.method(), r.path(), guarded(r));
            }
            config.routes.exception(HttpResponseException.class, (e, ctx) -> Problems.write(ctx, Problems.of(e), json));
            config.routes.exception(Exception.class, (e, ctx) -> Problems.write(ctx, Problems.of(e), json));
            config.routes.error(404, ctx -> {
                if (ctx.attribute(ROUTE_ATTRIBUTE) == null) {
                    Problems.write(ctx, ApiProblem.notFound("no route " + ctx.method() + " " + ctx.path()), json);
                }
            });
            config.routes.error(405, ctx -> Problems.write(ctx, new ApiProblem(405, "method-not-allowed",
                    "Method not allowed", "no route " + ctx.method() + " " + ctx.path()), json));
            config.routes.before(ctx -> ctx.attribute(START_ATTRIBUTE, System.nanoTime()));
            config.routes.after(ctx -> {
                Long start = ctx.attribute(START_ATTRIBUTE);
                String route = ctx.attribute(ROUTE_ATTRIBUTE);
                metrics.request(ctx.method().name(), route == null ? "unmatched" : route, ctx.statusCode(),
                        start == null ? 0 : (System.nanoTime() - start) / 1_000_000);
            });
        });
    }

    private Handler guarded(Route route) {
        return ctx -> {
            ctx.attribute(ROUTE_ATTRIBUTE, route.openApiPath());
            if (!route.open()) {
                ApiKey key = authenticate(ctx);
                if (!route.roles().stream().anyMatch(key.role()::allows)) {
                    throw new ApiProblem(403, "forbidden", "Forbidden", "a key with role " + key.role().wire()
                            + " may not call " + route.method() + " " + route.openApiPath());
                }
                long wait = limiter.acquire(key.id());
                if (wait > 0) {
                    throw new ApiProblem(429, "rate-limited", "Too many requests", "over "
                            + settings.requestsPerMinute() + " requests a minute for this key")
                            .header("Retry-After", Long.toString(wait));
                }
                ctx.attribute(KEY_ATTRIBUTE, key);
            }
            requireBodyWithinLimit(ctx);
            route.handler().handle(ctx);
        };
    }

    private ApiKey authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        Optional<ApiKey> key = Optional.empty();
        if (header != null && header.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            key = keys.authenticate(header.substring(7).strip());
        }
        return key.orElseThrow(() -> new ApiProblem(401, "unauthorized", "Unauthorized",
                header == null ? "send Authorization: Bearer <key>" : "the key is unknown or revoked"));
    }

    private void requireBodyWithinLimit(Context ctx) {
        long length = ctx.contentLength();
        if (length > settings.maxBodyBytes()) {
            throw new ApiProblem(413, "too-large", "Content too large", "the body is " + length
                    + " bytes; the limit is " + settings.maxBodyBytes());
        }
    }
}
