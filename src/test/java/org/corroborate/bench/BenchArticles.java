package org.corroborate.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.corroborate.api.Language;
import org.corroborate.extract.RuleKinds;
import org.corroborate.rules.RulePacks;
import org.corroborate.rules.RuleSource;

/** The ~1,000-word news articles the text benchmarks read (test resources bench/), and the rule packs. */
final class BenchArticles {
    private BenchArticles() {
    }

    static RulePacks packs() {
        return RulePacks.load(RuleSource.directory(Path.of("rules")), RuleKinds.ALL);
    }

    static String article(Language language) throws IOException {
        String name = "bench/article-" + language.code() + ".txt";
        try (InputStream in = BenchArticles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing benchmark text " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
