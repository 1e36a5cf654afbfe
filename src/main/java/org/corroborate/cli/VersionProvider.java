package org.corroborate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import picocli.CommandLine;

/** Reads the version the build wrote into {@code version.properties}. */
final class VersionProvider implements CommandLine.IVersionProvider {

    static Properties buildInfo() {
        Properties props = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/org/corroborate/version.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }

    @Override
    public String[] getVersion() {
        Properties info = buildInfo();
        return new String[] {
            "corroborate " + info.getProperty("version", "unknown"),
            "local Elasticsearch node " + info.getProperty("elasticsearch.version", "unknown"),
            "Java " + Runtime.version(),
        };
    }
}
