package org.corroborate.verify;

import org.corroborate.api.CountClaim.Count;

/**
 * The numbers a count stands for (CONTRACT.md): exact N = [N, N]; approximate N = [N(1-f), N(1+f)];
 * at least N = [N, ∞) ({@code upper} = {@link Long#MAX_VALUE}); explicit min/max as given, the hedge
 * widening only the open side ("nearly 30": value 30, max 30, approximate = [27, 30]).
 */
public record Interval(long lower, long upper) {
    public static final long UNBOUNDED = Long.MAX_VALUE;

    public Interval {
        if (lower < 0 || upper < lower) {
            throw new IllegalArgumentException("bad interval [" + lower + ", " + upper + "]");
        }
    }

    public static Interval of(Count count, double approximateFraction) {
        long lower = count.min() != null ? count.min() : 0;
        long upper = count.max() != null ? count.max() : UNBOUNDED;
        if (count.value() != null) {
            long n = count.value();
            lower = count.min() != null ? count.min()
                    : count.approximate() ? (long) Math.floor(n * (1 - approximateFraction)) : n;
            upper = count.max() != null ? count.max()
                    : count.approximate() ? (long) Math.ceil(n * (1 + approximateFraction)) : n;
        }
        return new Interval(lower, Math.max(lower, upper));
    }

    public boolean intersects(Interval other) {
        return lower <= other.upper && other.lower <= upper;
    }

    /** Every number of {@code other} is above every number of this one. */
    public boolean below(Interval other) {
        return upper < other.lower;
    }
}
