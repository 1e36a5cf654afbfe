package org.corroborate.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Issue 6: work spread over threads, handed on in the order it came, never more than a window in flight. */
class InOrderTest {

    @Test
    void handsOnInSubmissionOrderWhateverOrderTheWorkFinishes() {
        List<Integer> out = new ArrayList<>();
        try (InOrder<Integer> work = new InOrder<>(4, 8, "test", out::add)) {
            for (int i = 0; i < 200; i++) {
                int n = i;
                work.submit(() -> {
                    Thread.sleep((200 - n) % 7); // later items often finish first
                    return n;
                });
            }
            work.drain();
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            expected.add(i);
        }
        assertThat(out).isEqualTo(expected);
    }

    @Test
    void itemsWithoutWorkKeepTheirPlace() {
        List<String> out = new ArrayList<>();
        try (InOrder<String> work = new InOrder<>(2, 4, "test", out::add)) {
            work.submit(() -> {
                Thread.sleep(50);
                return "slow report";
            });
            work.submitDone("bad line");
            work.submit(() -> "fast report");
            work.drain();
        }
        assertThat(out).containsExactly("slow report", "bad line", "fast report");
    }

    @Test
    void runsTheWorkOnSeveralThreadsAtOnce() throws InterruptedException {
        CountDownLatch bothRunning = new CountDownLatch(2);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Boolean> met = Collections.synchronizedList(new ArrayList<>());
        try (InOrder<Boolean> work = new InOrder<>(2, 2, "test", met::add)) {
            for (int i = 0; i < 2; i++) {
                work.submit(() -> {
                    threads.add(Thread.currentThread().getName());
                    bothRunning.countDown();
                    return bothRunning.await(10, TimeUnit.SECONDS);
                });
            }
            work.drain();
        }
        assertThat(met).containsExactly(true, true);
        assertThat(threads).hasSize(2).allMatch(name -> name.startsWith("test-"));
    }

    @Test
    void neverHasMoreThanTheWindowInFlight() {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger handedOn = new AtomicInteger();
        AtomicInteger mostAhead = new AtomicInteger();
        try (InOrder<Integer> work = new InOrder<>(2, 5, "test", n -> handedOn.incrementAndGet())) {
            for (int i = 0; i < 100; i++) {
                work.submit(() -> {
                    int ahead = started.incrementAndGet() - handedOn.get();
                    mostAhead.accumulateAndGet(ahead, Math::max);
                    return ahead;
                });
            }
            work.drain();
        }
        assertThat(handedOn.get()).isEqualTo(100);
        assertThat(mostAhead.get()).isBetween(1, 5);
    }

    @Test
    void whatHandingOnThrowsReachesTheSubmitterAndStopsThere() {
        List<Integer> out = new ArrayList<>();
        InOrder<Integer> work = new InOrder<>(2, 2, "test", n -> {
            if (n == 3) {
                throw new IllegalStateException("stop at 3");
            }
            out.add(n);
        });
        assertThatThrownBy(() -> {
            for (int i = 0; i < 10; i++) {
                int n = i;
                work.submit(() -> n);
            }
            work.drain();
        }).hasMessage("stop at 3");
        work.close();
        assertThat(out).containsExactly(0, 1, 2);
    }

    @Test
    void aFailureInTheWorkReachesTheSubmitter() {
        try (InOrder<Integer> work = new InOrder<>(1, 1, "test", n -> { })) {
            work.submit(() -> {
                throw new IllegalArgumentException("bad report");
            });
            assertThatThrownBy(work::drain).isInstanceOf(IllegalArgumentException.class).hasMessage("bad report");
        }
    }
}
