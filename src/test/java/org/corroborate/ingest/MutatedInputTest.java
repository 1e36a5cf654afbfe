package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.corroborate.api.InputRejectedException;
import org.junit.jupiter.api.Test;

/**
 * Damaged copies of every fixture (bytes flipped, cut short, a slice taken out) either read or
 * are rejected with a typed error: never another exception, never a hang. Fixed seed.
 */
class MutatedInputTest {
    private static final int MUTATIONS = 150;

    @Test
    void damagedFixturesReadOrAreRejectedWithACode() throws Exception {
        List<Path> fixtures = new ArrayList<>();
        for (String folder : List.of("html", "text", "docx", "odt", "rtf", "pdf")) {
            fixtures.addAll(Fixtures.folder(folder));
        }
        ArticleReader reader = new ArticleReader();
        Random random = new Random(20250819L);
        List<String> failures = new ArrayList<>();
        int rejected = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            Path fixture = fixtures.get(random.nextInt(fixtures.size()));
            byte[] damaged = damage(Files.readAllBytes(fixture), random);
            try {
                reader.read(damaged, fixture.getFileName().toString(), ReadOptions.none());
            } catch (InputRejectedException expected) {
                rejected++;
            } catch (RuntimeException e) {
                failures.add(fixture.getFileName() + " #" + i + ": " + e);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(rejected).as("the damage is real").isGreaterThan(MUTATIONS / 10);
    }

    private static byte[] damage(byte[] bytes, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> {
                for (int k = 0; k <= random.nextInt(20); k++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                yield bytes;
            }
            case 1 -> Arrays.copyOf(bytes, random.nextInt(bytes.length));
            default -> {
                int from = random.nextInt(bytes.length);
                int length = Math.min(bytes.length - from, random.nextInt(2000));
                yield Stream.of(Arrays.copyOfRange(bytes, 0, from), Arrays.copyOfRange(bytes, from + length, bytes.length))
                        .reduce(MutatedInputTest::concat).orElseThrow();
            }
        };
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
