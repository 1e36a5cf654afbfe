package org.corroborate.corpus.elasticsearch;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.corroborate.api.Claim;
import org.corroborate.api.ClaimDate;
import org.corroborate.api.CountClaim;
import org.corroborate.api.CountClaim.Action;
import org.corroborate.api.CountClaim.Category;
import org.corroborate.api.CountClaim.Count;
import org.corroborate.api.CountClaim.EventKind;
import org.corroborate.api.Grain;
import org.corroborate.api.QuoteClaim;
import org.corroborate.api.Span;
import org.corroborate.corpus.ClaimSource;
import org.corroborate.corpus.PlaceAncestors;

/** Hand-built claims for the fixture feed {@code corpus/reports.jsonl}, as extraction would find them. */
final class CorpusClaims {
    private CorpusClaims() {
    }

    static final PlaceAncestors PLACES = key -> switch (key) {
        case "sy-idlib-saraqeb" -> List.of("sy-idlib", "sy");
        case "sy-idlib" -> List.of("sy");
        default -> List.of();
    };

    static CountClaim count(String id, Action action, Count count, Category category, EventKind kind,
                            String date, String locationKey, String text) {
        LocalDate day = date == null ? null : LocalDate.parse(date);
        return new CountClaim(id, action, count, new CountClaim.Subject(null, category, null, null),
                kind == null ? null : new CountClaim.Event(kind, null),
                day == null ? null : new ClaimDate(day, day, Grain.DAY, ClaimDate.Role.EVENT),
                locationKey == null ? null : new CountClaim.Location(locationKey, locationKey), null, text,
                new Span(0, text.length()), false);
    }

    private static final Map<String, List<Claim>> CLAIMS = Map.of(
            "wire-ar-0001", List.of(
                    count("c1", Action.KILLED, Count.exactly(15), Category.CIVILIANS, EventKind.AIRSTRIKE,
                            "2025-11-24", "sy-idlib-saraqeb", "قُتل خمسة عشر مدنياً"),
                    count("c2", Action.WOUNDED, new Count(null, 31L, null, false), Category.PEOPLE, EventKind.AIRSTRIKE,
                            "2025-11-24", "sy-idlib-saraqeb", "وأصيب أكثر من ثلاثين آخرين")),
            "wire-en-0001", List.of(
                    count("c1", Action.KILLED, new Count(null, 14L, null, false), Category.CIVILIANS, EventKind.AIRSTRIKE,
                            "2025-11-24", "sy-idlib-saraqeb", "killed at least 14 civilians"),
                    count("c2", Action.WOUNDED, new Count(null, 31L, null, false), Category.PEOPLE, EventKind.AIRSTRIKE,
                            "2025-11-24", "sy-idlib-saraqeb", "More than 30 people were wounded")),
            "wire-ar-0002", List.of(
                    count("c1", Action.ARRESTED, Count.exactly(12), Category.PEOPLE, EventKind.RAID, null, null,
                            "اعتقلت قوات الأمن اثني عشر شخصاً")),
            // one small killed count beside a large displaced one: only a nested query keeps them apart
            "wire-en-0002", List.of(
                    count("c1", Action.DISPLACED, new Count(4000L, null, null, true), Category.PEOPLE, EventKind.FLOOD,
                            "2025-11-22", null, "displacing about 4,000 families"),
                    count("c2", Action.KILLED, Count.exactly(2), Category.CHILDREN, EventKind.FLOOD,
                            "2025-11-22", null, "Two children drowned")),
            "wire-ar-0003", List.of(
                    count("c1", Action.KILLED, Count.exactly(2), Category.SOLDIERS, EventKind.CLASHES,
                            "2025-11-27", null, "جنديين قُتلا")),
            "wire-en-0003", List.of(
                    new QuoteClaim("c1", "no one will be above the law",
                            new QuoteClaim.Speaker("The interior minister", "minister-interior", null), true, null,
                            "The interior minister told reporters on Friday that \"no one will be above the law\"",
                            new Span(0, 80), false)));

    static final ClaimSource SOURCE = report -> CLAIMS.getOrDefault(report.id().value(), List.of());
}
