package org.corroborate.verify;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.corroborate.api.Claim;
import org.corroborate.api.ClaimDate;
import org.corroborate.api.CountClaim;
import org.corroborate.api.CountClaim.Action;
import org.corroborate.api.CountClaim.Category;
import org.corroborate.api.CountClaim.Count;
import org.corroborate.api.CountClaim.Event;
import org.corroborate.api.CountClaim.EventKind;
import org.corroborate.api.CountClaim.Location;
import org.corroborate.api.CountClaim.Subject;
import org.corroborate.api.Grain;
import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.corroborate.api.Span;
import org.corroborate.corpus.ClaimSlots;
import org.corroborate.corpus.PlaceAncestors;
import org.corroborate.corpus.ReportHit;
import org.corroborate.corpus.ReportId;

/** Claims and corpus hits built the way the corpus stores them (through {@link ClaimSlots}). */
final class Fixtures {
    static final LocalDate NOV_2 = LocalDate.of(2026, 11, 2);

    private Fixtures() {
    }

    static Count exactly(long n) {
        return Count.exactly(n);
    }

    static Count atLeast(long n) {
        return new Count(null, n, null, false);
    }

    static Count about(long n) {
        return new Count(n, null, null, true);
    }

    static CountClaim killed(Count count) {
        return count(Action.KILLED, count, Category.PEOPLE);
    }

    static CountClaim count(Action action, Count count, Category category) {
        return new CountClaim("c1", action, count, new Subject(null, category, null, null), null, null, null, null,
                "sentence with " + count, new Span(0, 10), false);
    }

    static CountClaim on(CountClaim c, LocalDate day) {
        return new CountClaim(c.id(), c.action(), c.count(), c.subject(), c.event(),
                new ClaimDate(day, day, Grain.DAY, ClaimDate.Role.EVENT), c.location(), c.partOf(), c.text(), c.span(),
                c.inTitle());
    }

    static CountClaim at(CountClaim c, String placeText, String key) {
        return new CountClaim(c.id(), c.action(), c.count(), c.subject(), c.event(), c.date(),
                new Location(placeText, key), c.partOf(), c.text(), c.span(), c.inTitle());
    }

    static CountClaim kind(CountClaim c, EventKind kind) {
        return new CountClaim(c.id(), c.action(), c.count(), c.subject(), new Event(kind, kind.wire()), c.date(),
                c.location(), c.partOf(), c.text(), c.span(), c.inTitle());
    }

    static QuoteClaim quote(String words, String speaker) {
        return new QuoteClaim("c1", words, new QuoteClaim.Speaker(speaker, null, speaker), true, null,
                speaker + " said: " + words, new Span(0, 10), false);
    }

    /** Reported speech: "the ministry said that …", no quotation marks. */
    static QuoteClaim reported(String words, String speaker) {
        return new QuoteClaim("c1", words, new QuoteClaim.Speaker(speaker, null, speaker), false, null,
                speaker + " said that " + words, new Span(0, 10), false);
    }

    /** A count's sourcing: "… were killed, the ministry said", a reported statement marked {@code sourcing}. */
    static QuoteClaim sourcing(String words, String speaker) {
        return reported(words, speaker).asSourcing();
    }

    static ReportHit hit(String id, String source, LocalDate published, Claim... claims) {
        return hit(id, source, Language.EN, published, claims);
    }

    static ReportHit hit(String id, String source, Language lang, LocalDate published, Claim... claims) {
        return hit(PlaceAncestors.NONE, id, source, lang, published, claims);
    }

    static ReportHit hit(PlaceAncestors places, String id, String source, Language lang, LocalDate published,
                         Claim... claims) {
        ClaimSlots slots = new ClaimSlots(places);
        return new ReportHit(new ReportId(id), source, "https://example.org/" + id, lang, published, null, 1.0,
                Arrays.stream(claims).map(c -> slots.of(c, lang)).toList());
    }

    static ArticleContext english(LocalDate published) {
        return new ArticleContext(Language.EN, published);
    }

    static ClaimCheck check(Claim claim, ArticleContext article, ReportHit... hits) {
        return Verifier.withDefaults(PlaceAncestors.NONE, org.corroborate.testing.UnnamedSpeakersForTests.shipped(),
                org.corroborate.testing.ShippedRules.placeKinds()).check(claim, article, List.of(hits));
    }
}
