package org.corroborate.http;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.corroborate.api.Article;
import org.corroborate.api.Language;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.review.ReportStore;
import org.corroborate.review.ReviewItems;
import org.corroborate.review.ReviewQueue;
import org.corroborate.review.StoredReport;
import org.corroborate.verify.CheckReportJson;
import org.corroborate.verify.CheckedArticle;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/v1/checks}: one report per (id, revision). The first submission is checked and
 * stored (201); the same content again gets the stored report (200); other content under the same
 * revision is refused (409). Every flag becomes a review item, and the open items of the
 * article's other revisions become {@code superseded}. Both steps are idempotent and are done
 * again on a repeat, so a crash between storing and queueing heals on the CMS's retry.
 */
final class CheckService {
    private final ArticleChecker checker;
    private final ReportStore reports;
    private final ReviewQueue queue;
    private final Clock clock;
    private final Duration timeout;
    private final ArticleReader reader = new ArticleReader();
    private final ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
    /** Checks running at once; fair, so that under load they are served in the order they came. */
    private final Semaphore slots;

    CheckService(ArticleChecker checker, ReportStore reports, ReviewQueue queue, Clock clock, Duration timeout,
                 int concurrentChecks) {
        this.checker = checker;
        this.reports = reports;
        this.queue = queue;
        this.clock = clock;
        this.timeout = timeout;
        this.slots = new Semaphore(concurrentChecks, true);
    }

    record Outcome(boolean created, StoredReport report) {
    }

    /**
     * Waits for a slot (at most the check timeout: else 503 with {@code Retry-After}), then checks.
     * Issue 7: with 50 checks at once on 2 cores, every one of them ran concurrently and their
     * searches queued in Elasticsearch past the client's timeout; now they queue here, in order.
     */
    Outcome submit(CheckRequest request, String by) {
        acquireSlot();
        try {
            return submitNow(request, by);
        } finally {
            slots.release();
        }
    }

    private void acquireSlot() {
        try {
            if (!slots.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ApiProblem(503, "busy", "Service unavailable", "every check slot of this instance stayed taken for "
                        + timeout.toSeconds() + " s").header("Retry-After", "30");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private Outcome submitNow(CheckRequest request, String by) {
        var existing = reports.get(request.reportId());
        if (existing.isPresent()) {
            return repeated(request, existing.get(), by);
        }
        ObjectNode json = withIds(request, CheckReportJson.tree(timed(() -> checker.check(read(request)))));
        StoredReport mine = new StoredReport(request.reportId(), request.id(), request.revision(), request.contentHash(),
                clock.instant(), json);
        StoredReport stored = reports.putIfAbsent(mine);
        if (stored != mine) {
            return repeated(request, stored, by); // another instance stored it first
        }
        enqueue(stored, by);
        return new Outcome(true, stored);
    }

    private Outcome repeated(CheckRequest request, StoredReport stored, String by) {
        if (!stored.contentHash().equals(request.contentHash())) {
            throw ApiProblem.conflict("revision-exists", "revision " + request.revision() + " of " + request.id()
                    + " was checked with other content; send a new revision").with("report_id", stored.reportId());
        }
        enqueue(stored, by);
        return new Outcome(false, stored);
    }

    private void enqueue(StoredReport stored, String by) {
        queue.store().addAll(ReviewItems.of(stored, stored.createdAt()));
        queue.supersede(stored.articleId(), stored.revision(), by);
    }

    private static ObjectNode withIds(CheckRequest request, ObjectNode report) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("id", request.reportId());
        out.put("article_id", request.id());
        out.put("revision", request.revision());
        out.setAll(report);
        return out;
    }

    private CheckedArticle read(CheckRequest r) {
        ReadOptions options = new ReadOptions(r.id(), r.lang() == null ? null : Language.fromCode(r.lang()), r.published());
        Article a = r.text() != null ? reader.readText(r.text(), options)
                : r.html() != null ? reader.readHtml(r.html(), options)
                : reader.read(r.file(), r.fileName(), options);
        CheckedArticle c = CheckedArticle.ofText(r.id(), r.title() != null ? r.title() : a.title(), a.lang(),
                a.published(), a.text());
        return new CheckedArticle(c.id(), c.title(), a.byline(), c.lang(), c.published(), c.publishedAt(), c.source(),
                r.url() != null ? r.url() : a.url(), c.text(), c.paragraphs(), c.warnings());
    }

    private <T> T timed(java.util.concurrent.Callable<T> work) {
        Future<T> f = pool.submit(work);
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new ApiProblem(503, "check-timeout", "Service unavailable",
                    "the check took longer than " + timeout.toSeconds() + " s").header("Retry-After", "30");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
