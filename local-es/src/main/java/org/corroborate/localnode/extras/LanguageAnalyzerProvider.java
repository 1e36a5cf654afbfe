package org.corroborate.localnode.extras;

import java.util.function.BiFunction;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.Analysis;

/**
 * A Lucene language analyzer ({@code ArabicAnalyzer}, {@code EnglishAnalyzer}) honouring the
 * {@code stopwords} and {@code stem_exclusion} settings, as analysis-common's providers do.
 */
final class LanguageAnalyzerProvider<T extends Analyzer> extends AbstractIndexAnalyzerProvider<T> {
    private final T analyzer;

    LanguageAnalyzerProvider(Environment env, String name, Settings settings, CharArraySet defaultStopwords,
                             BiFunction<CharArraySet, CharArraySet, T> constructor) {
        super(name);
        analyzer = constructor.apply(
                Analysis.parseStopWords(env, settings, defaultStopwords),
                Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET));
    }

    @Override
    public T get() {
        return analyzer;
    }
}
