package org.corroborate.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

/**
 * The ratchet: the lowest pass rate accepted per corpus file ({@code <name>=<rate>} in a
 * properties file), and the cases judged wrong upstream (a TSV of {@code key, input, reason}),
 * which are excluded and counted apart, never "fixed" by bending the code.
 */
public final class Floors {
    private final Properties floors = new Properties();
    private final Set<String> upstreamWrong = new HashSet<>();

    public Floors(String floorsResource, String upstreamWrongResource) {
        try (InputStream in = resource(floorsResource)) {
            floors.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = resource(upstreamWrongResource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                String[] columns = line.split("\t");
                if (!line.isBlank() && !line.startsWith("#") && columns.length >= 3) {
                    upstreamWrong.add(columns[0].strip() + "\t" + columns[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Floors.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        return in;
    }

    /** The floor of a corpus file; a file without one fails loudly. */
    public double floor(String name) {
        String value = floors.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("no floor for " + name + " in the floors file");
        }
        return Double.parseDouble(value);
    }

    public boolean isUpstreamWrong(Corpora.Line line) {
        return upstreamWrong.contains(line.key() + "\t" + line.text().strip());
    }

    public int upstreamWrongCount() {
        return upstreamWrong.size();
    }
}
