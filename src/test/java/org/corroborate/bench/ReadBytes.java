package org.corroborate.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Bytes of text read, reported by JMH as the auxiliary rate {@code utf8Bytes} next to
 * operations per second: divide by 1,048,576 for MB/s.
 */
@AuxCounters(AuxCounters.Type.OPERATIONS)
@State(Scope.Thread)
public class ReadBytes {
    public long utf8Bytes;

    @Setup(Level.Iteration)
    public void reset() {
        utf8Bytes = 0;
    }
}
