package org.corroborate.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.corroborate.corpus.PlaceAncestors;
import org.corroborate.review.ReportStore;
import org.corroborate.review.ReviewFilter;
import org.corroborate.review.ReviewItem;
import org.corroborate.review.ReviewPage;
import org.corroborate.review.ReviewQueue;
import org.corroborate.review.ReviewStore;
import org.corroborate.review.StoredReport;
import org.corroborate.verify.ArticleCheck;
import org.corroborate.verify.CheckReport;
import org.corroborate.verify.CheckedArticle;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 7 "under load": an instance runs at most {@code concurrentChecks} checks at once; the
 * others wait their turn, and one that waits longer than the check timeout is a 503 with
 * {@code Retry-After}, never lost. The stores are in memory here: only the waiting is under test.
 */
class CheckSlotsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ArticleCheck COMPARE = ArticleCheck.withDefaults(PlaceAncestors.NONE, org.corroborate.testing.UnnamedSpeakersForTests.shipped(),
                org.corroborate.testing.ShippedRules.placeKinds());

    @Test
    void runsNoMoreChecksAtOnceThanItHasSlotsAndAnswersEveryOne() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ArticleChecker slow = article -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            sleep(50);
            running.decrementAndGet();
            return noFlags(article);
        };
        CheckService service = service(slow, 2, Duration.ofSeconds(30));
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<CheckService.Outcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String id = "article-" + i;
                outcomes.add(pool.submit(() -> {
                    go.await();
                    return service.submit(request(id), "cms");
                }));
            }
            go.countDown();
            for (Future<CheckService.Outcome> f : outcomes) {
                assertThat(f.get(30, TimeUnit.SECONDS).created()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void aCheckWaitingLongerThanTheTimeoutIs503WithRetryAfter() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(1);
        MemoryReports slowStore = new MemoryReports() {
            @Override
            public Optional<StoredReport> get(String reportId) {
                if (reportId.startsWith("first")) { // the slot's holder waits on its store, as on a slow node
                    holding.countDown();
                    await(release);
                }
                return super.get(reportId);
            }
        };
        CheckService service = new CheckService(CheckSlotsTest::noFlags, slowStore,
                new ReviewQueue(new NoItems(), Clock.systemUTC()), Clock.systemUTC(), Duration.ofMillis(300), 1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<CheckService.Outcome> first = pool.submit(() -> service.submit(request("first"), "cms"));
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> service.submit(request("second"), "cms"))
                    .isInstanceOfSatisfying(ApiProblem.class, p -> {
                        assertThat(p.status()).isEqualTo(503);
                        assertThat(p.code()).isEqualTo("busy");
                        assertThat(p.headers()).containsKey("Retry-After");
                    });
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS).created()).isTrue();
            assertThat(service.submit(request("second"), "cms").created()).as("the slot is free again").isTrue();
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private static CheckService service(ArticleChecker checker, int slots, Duration timeout) {
        return new CheckService(checker, new MemoryReports(), new ReviewQueue(new NoItems(), Clock.systemUTC()),
                Clock.systemUTC(), timeout, slots);
    }

    private static CheckRequest request(String id) {
        return CheckRequest.of(JSON.valueToTree(Map.of("id", id, "revision", "1", "lang", "en",
                "text", "Five workers were killed in a fire in Mosul on Tuesday.")), null, null);
    }

    private static CheckReport noFlags(CheckedArticle article) {
        return COMPARE.compare(article, List.of(), List.of());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static class MemoryReports implements ReportStore {
        private final Map<String, StoredReport> reports = new ConcurrentHashMap<>();

        @Override
        public Optional<StoredReport> get(String reportId) {
            return Optional.ofNullable(reports.get(reportId));
        }

        @Override
        public StoredReport putIfAbsent(StoredReport report) {
            StoredReport before = reports.putIfAbsent(report.reportId(), report);
            return before == null ? report : before;
        }
    }

    /** No flags are raised here, so no item is ever added; superseding finds none. */
    private static final class NoItems implements ReviewStore {
        @Override
        public void addAll(List<ReviewItem> items) {
            assertThat(items).isEmpty();
        }

        @Override
        public Optional<ReviewItem> get(String id) {
            return Optional.empty();
        }

        @Override
        public ReviewItem replace(ReviewItem item, String expectedVersion) {
            throw new AssertionError("nothing to replace");
        }

        @Override
        public ReviewPage list(ReviewFilter filter, int offset, int limit) {
            return new ReviewPage(List.of(), 0, offset);
        }
    }
}
