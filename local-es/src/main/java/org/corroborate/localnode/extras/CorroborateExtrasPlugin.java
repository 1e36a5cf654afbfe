package org.corroborate.localnode.extras;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.RestHandler;

/**
 * The two pieces of Elasticsearch's analysis-common and rest-root modules the local node needs
 * (they are not published to Maven Central): the {@code arabic} and {@code english} analyzers and
 * the {@code GET /} info document the Java client checks. Nothing else: a production cluster
 * has the real modules, and the corpus must work the same on both.
 */
public class CorroborateExtrasPlugin extends Plugin implements AnalysisPlugin, ActionPlugin {

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of(
                "arabic", (indexSettings, env, name, settings) -> new LanguageAnalyzerProvider<>(
                        env, name, settings, ArabicAnalyzer.getDefaultStopSet(), ArabicAnalyzer::new),
                "english", (indexSettings, env, name, settings) -> new LanguageAnalyzerProvider<>(
                        env, name, settings, EnglishAnalyzer.getDefaultStopSet(), EnglishAnalyzer::new));
    }

    @Override
    public Collection<RestHandler> getRestHandlers(RestHandlersServices services,
                                                   Supplier<DiscoveryNodes> nodes,
                                                   Predicate<NodeFeature> clusterSupportsFeature) {
        return List.of(new RootInfoHandler(services.settings()));
    }
}
