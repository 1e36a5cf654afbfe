package org.corroborate.localnode.extras;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.Analysis;

/** {@code arabic}: Lucene's ArabicAnalyzer, honouring {@code stopwords} and {@code stem_exclusion}. */
final class ArabicAnalyzerProvider extends AbstractIndexAnalyzerProvider<ArabicAnalyzer> {
    private final ArabicAnalyzer analyzer;

    ArabicAnalyzerProvider(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name);
        analyzer = new ArabicAnalyzer(
                Analysis.parseStopWords(env, settings, ArabicAnalyzer.getDefaultStopSet()),
                Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET));
    }

    @Override
    public ArabicAnalyzer get() {
        return analyzer;
    }
}
