package org.corroborate.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/** Counters of this instance in the Prometheus text format (version 0.0.4); no library needed for so few. */
final class Metrics {
    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> decisions = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> checks = new ConcurrentHashMap<>();
    private final LongAdder requestMillis = new LongAdder();

    void request(String method, String route, int status, long millis) {
        count(requests, "method=\"" + method + "\",route=\"" + route + "\",status=\"" + status + "\"");
        requestMillis.add(millis);
    }

    void decision(String decision) {
        count(decisions, "decision=\"" + decision + "\"");
    }

    void check(String outcome) {
        count(checks, "outcome=\"" + outcome + "\"");
    }

    private static void count(Map<String, LongAdder> map, String labels) {
        map.computeIfAbsent(labels, k -> new LongAdder()).increment();
    }

    String render() {
        StringBuilder out = new StringBuilder();
        family(out, "corroborate_http_requests_total", "HTTP requests answered, by route and status.", requests);
        family(out, "corroborate_checks_total", "Check submissions, by outcome (created, repeated, conflict).", checks);
        family(out, "corroborate_review_decisions_total", "Review decisions written, by decision.", decisions);
        out.append("# HELP corroborate_http_request_seconds_total Time spent answering requests.\n")
                .append("# TYPE corroborate_http_request_seconds_total counter\n")
                .append("corroborate_http_request_seconds_total ").append(requestMillis.sum() / 1000.0).append('\n');
        return out.toString();
    }

    private static void family(StringBuilder out, String name, String help, Map<String, LongAdder> values) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" counter\n");
        new ConcurrentSkipListMap<>(values).forEach((labels, v) ->
                out.append(name).append('{').append(labels).append("} ").append(v.sum()).append('\n'));
    }
}
