package org.corroborate.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Independent sources: one vote per outlet (CONTRACT.md "Check report"). An outlet whose reports
 * disagree among themselves agrees if any of its reports agrees — an outlet that once had the
 * article's figure is not counted against it. The majority rule: a flag when the disagreeing
 * outlets are at least as many as the agreeing ones.
 */
final class Votes {
    private final Map<String, Boolean> byOutlet = new LinkedHashMap<>();
    private final List<CorpusClaim> disagreeing = new ArrayList<>();

    void add(CorpusClaim report, boolean agrees) {
        byOutlet.merge(report.outlet(), agrees, Boolean::logicalOr);
        if (!agrees) {
            disagreeing.add(report);
        }
    }

    int agree() {
        return (int) byOutlet.values().stream().filter(v -> v).count();
    }

    int disagree() {
        return byOutlet.size() - agree();
    }

    /** CONTRACT.md: a flag when disagreeing independent sources are at least as many as agreeing ones. */
    boolean flags() {
        return disagree() > 0 && disagree() >= agree();
    }

    /** The reports of the disagreeing outlets, one per report id, in the order they were weighed. */
    List<CorpusClaim> disagreeing() {
        Map<String, CorpusClaim> unique = new LinkedHashMap<>();
        disagreeing.stream().filter(c -> !byOutlet.get(c.outlet()))
                .forEach(c -> unique.putIfAbsent(c.reportId().value(), c));
        return List.copyOf(unique.values());
    }

    List<String> disagreeingIds() {
        return disagreeing().stream().map(c -> c.reportId().value()).toList();
    }
}
