package org.corroborate.corpus.elasticsearch;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.corroborate.api.Claim;
import org.corroborate.corpus.ClaimSlots;
import org.corroborate.corpus.ClaimSource;
import org.corroborate.corpus.IndexListener;
import org.corroborate.corpus.InOrder;
import org.corroborate.corpus.IndexSummary;
import org.corroborate.corpus.Loaded;
import org.corroborate.corpus.Origin;
import org.corroborate.corpus.ReportDocument;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;


/**
 * Writes reports through the client's {@link BulkIngester}, by id (the same id again replaces
 * the report), and accounts for every one: written ({@code created}), replaced ({@code updated})
 * or failed with its origin and reason. One loader per run, fed from one reading thread.
 *
 * <p>Issue 6: claim extraction and the document's JSON are done on a worker per core
 * ({@link InOrder}), ahead of the reading thread, with a bounded number of reports in flight; the
 * reports still reach the ingester in input order, so that of two reports with one id the later wins,
 * and failures reach stderr in input order.
 */
final class BulkLoader implements BulkListener<Origin> {
    static final int MAX_OPERATIONS = 500;
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private final String alias;
    private final ClaimSource claims;
    private final ClaimSlots slots;
    private final IndexListener listener;
    private final Clock clock;
    private final AtomicLong seen = new AtomicLong();
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong replaced = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();
    private final BulkIngester<Origin> ingester;
    private final InOrder<Step> work;
    /** Set when a bulk request got no answer: reading stops, rather than failing every report left one by one. */
    private volatile boolean lost;

    /** Thrown out of the reading loop once Elasticsearch has stopped answering. */
    static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Origin at;

        Stopped(Origin at) {
            super("stopped at " + at, null, false, false);
            this.at = at;
        }
    }

    BulkLoader(ElasticsearchClient client, String alias, ClaimSource claims, ClaimSlots slots,
               IndexListener listener, Clock clock) {
        this.alias = alias;
        this.claims = claims;
        this.slots = slots;
        this.listener = listener;
        this.clock = clock;
        this.ingester = BulkIngester.of(b -> b.client(client).maxOperations(MAX_OPERATIONS).maxSize(MAX_BYTES)
                .maxConcurrentRequests(1).listener(this));
        this.work = InOrder.onEveryCore("corroborate-index", this::handOn);
    }

    /**
     * One item on its way to Elasticsearch: a report with its id and document ({@code json}), or a
     * failure or skip found while reading ({@code id} and {@code json} null).
     */
    private record Step(Loaded item, String id, BinaryData json) {
    }

    /**
     * Takes one item read from the input: a report's claims are extracted and its document written
     * on the worker pool; every item reaches the bulk ingester (a report) or the listener (a failure,
     * a skip) in input order.
     *
     * @throws Stopped once Elasticsearch has stopped answering, naming the first item not handed on
     */
    void accept(Loaded loaded) {
        if (!(loaded instanceof Loaded.Skipped)) {
            seen.incrementAndGet();
        }
        if (loaded instanceof Loaded.Read read) {
            work.submit(() -> prepare(read));
        } else {
            work.submitDone(new Step(loaded, null, null));
        }
    }

    /** Hands on everything read so far; call once reading is done. */
    void drain() {
        work.drain();
    }

    /**
     * Runs {@code reading}, which hands every item to {@link #accept}, then {@link #drain()}s; where
     * reading stopped because Elasticsearch went away, else {@code null}. Any other failure of the
     * reading is let through once what was queued has been sent and answered.
     */
    Origin readAll(Runnable reading) {
        try {
            reading.run();
            drain();
            return null;
        } catch (Stopped stopped) {
            return stopped.at;
        } catch (RuntimeException bug) {
            finish(null);
            throw bug;
        }
    }

    /** On a worker: the report's claims and its document as JSON, or why it failed. */
    private Step prepare(Loaded.Read item) {
        List<Claim> found;
        try {
            found = claims.claimsOf(item.report());
        } catch (RuntimeException e) {
            return new Step(new Loaded.Failed(item.origin(), "claim extraction failed: " + e), null, null);
        }
        byte[] doc = ReportDocument.json(item.report(), found, slots, item.origin(), clock.instant());
        return new Step(item, item.report().id().value(), BinaryData.of(doc, ContentType.APPLICATION_JSON));
    }

    /** On the reading thread, in input order. */
    private void handOn(Step step) {
        if (lost) {
            throw new Stopped(step.item().origin());
        }
        switch (step.item()) {
            case Loaded.Read r -> ingester.add(op -> op.index(i -> i.index(alias).id(step.id()).document(step.json())), r.origin());
            case Loaded.Failed f -> fail(f.origin(), f.reason(), false);
            case Loaded.Skipped s -> {
                skipped.incrementAndGet();
                synchronized (listener) {
                    listener.skipped(s.origin(), s.reason());
                }
            }
        }
    }

    /** Sends what is queued, waits for every answer, and says what happened. */
    IndexSummary finish(Origin stoppedAt) {
        work.close();
        ingester.close();
        return new IndexSummary(alias, indexed.get(), replaced.get(), failed.get(), skipped.get(), unanswered.get(),
                stoppedAt);
    }

    @Override
    public void beforeBulk(long executionId, BulkRequest request, List<Origin> contexts) {
    }

    @Override
    public void afterBulk(long executionId, BulkRequest request, List<Origin> contexts, BulkResponse response) {
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            Origin origin = contexts.get(i);
            if (item.error() != null) {
                fail(origin, "refused by Elasticsearch: " + item.error().type() + ": " + item.error().reason(), false);
            } else {
                indexed.incrementAndGet();
                if ("updated".equals(item.result())) {
                    replaced.incrementAndGet();
                }
            }
        }
        progress();
    }

    @Override
    public void afterBulk(long executionId, BulkRequest request, List<Origin> contexts, Throwable failure) {
        lost = true;
        for (Origin origin : contexts) {
            fail(origin, "no answer from Elasticsearch: " + (failure.getMessage() == null ? failure : failure.getMessage()), true);
        }
        progress();
    }

    private void fail(Origin origin, String reason, boolean lost) {
        failed.incrementAndGet();
        if (lost) {
            unanswered.incrementAndGet();
        }
        synchronized (listener) {
            listener.failed(origin, reason);
        }
    }

    private void progress() {
        synchronized (listener) {
            listener.progress(indexed.get() + failed.get(), seen.get());
        }
    }
}
