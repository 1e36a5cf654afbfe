package org.corroborate.http;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Requests per key per minute, counted per instance in fixed one-minute windows (behind a load
 * balancer of n instances a key may get up to n times the limit; good enough to stop a runaway
 * CMS job, and it keeps instances stateless).
 */
final class RateLimiter {
    private final int perMinute;
    private final Clock clock;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    RateLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    private record Window(long minute, int count) {
    }

    /** Counts one request; returns 0 when allowed, else the seconds until the window ends (Retry-After). */
    long acquire(String keyId) {
        long now = clock.millis();
        long minute = now / 60_000;
        Window w = windows.compute(keyId, (k, old) -> old == null || old.minute != minute
                ? new Window(minute, 1) : new Window(minute, old.count + 1));
        if (w.count <= perMinute) {
            return 0;
        }
        return Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000);
    }
}
