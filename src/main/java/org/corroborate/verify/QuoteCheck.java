package org.corroborate.verify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.corroborate.api.QuoteClaim;
import org.corroborate.corpus.ReportHit;

/**
 * Checks a quote (CONTRACT.md "Same event, agreement"), within the article's language only (no
 * translation): the same speaker with normalised token overlap in [0.3, 0.9) is a
 * {@code quote_mismatch} when both are quotations (reported speech is each outlet's paraphrase),
 * at 0.9 or more the same words; overlap 0.8 or more given to another
 * speaker is a {@code speaker_mismatch}; anything else is another statement, not evidence. Each
 * kind is decided by the majority rule over outlets.
 *
 * <p>A quote marked {@code sourcing} (its whole content is a count, compared as the count claim) is
 * compared on its speaker only: the same statement (overlap from {@code speakerMismatchMin}) of the
 * same speaker agrees on the speaker, of another is a {@code speaker_mismatch}; its wording is
 * never compared (no {@code quote_mismatch}, no vote on the words).
 */
final class QuoteCheck {
    private final VerifyConfig config;
    private final SameEvent sameEvent;
    private final Predicate<String> unnamed;

    /** {@code unnamed}: speakers that name no one (the speech packs' {@code unnamed_speakers}). */
    QuoteCheck(VerifyConfig config, SameEvent sameEvent, Predicate<String> unnamed) {
        this.config = config;
        this.sameEvent = sameEvent;
        this.unnamed = unnamed;
    }

    /** SAME_SPEAKER: a count's sourcing given to the same speaker (its words are not weighed). */
    private enum Stance { SAME_WORDS, ALTERED, SAME_SPEAKER, OTHER_SPEAKER }

    private record Weighed(CorpusClaim report, EventMatch match, double overlap, Stance stance) {
    }

    ClaimCheck check(QuoteClaim claim, ArticleContext article, List<ReportHit> hits) {
        SameEvent.Side side = new SameEvent.Side(null, claim.date(), null, article.lang(), article.published());
        List<Weighed> weighed = new ArrayList<>();
        for (ReportHit hit : hits) {
            if (hit.lang() == article.lang()) {
                weigh(claim, side, hit).ifPresent(weighed::add);
            }
        }
        return decide(claim, article, weighed);
    }

    private Optional<Weighed> weigh(QuoteClaim claim, SameEvent.Side side, ReportHit hit) {
        return hit.claims().stream().map(slots -> CorpusClaim.of(hit, slots))
                .filter(c -> c.quote() != null)
                .map(c -> stance(claim, c, sameEvent.compare(side, c)))
                .flatMap(Optional::stream)
                .max(Comparator.comparingDouble(Weighed::overlap));
    }

    private Optional<Weighed> stance(QuoteClaim claim, CorpusClaim report, EventMatch match) {
        if (!match.same()) {
            return Optional.empty();
        }
        double overlap = Tokens.overlap(claim.quote(), report.quote());
        boolean sameSpeaker = sameSpeaker(claim.speaker(), report);
        Stance stance = null;
        if (sameSpeaker) {
            if (claim.sourcing()) {
                stance = overlap >= config.speakerMismatchMin() ? Stance.SAME_SPEAKER : null; // its words are not weighed
            } else if (overlap >= config.quoteAgreeMin()) {
                stance = Stance.SAME_WORDS;
            } else if (overlap >= config.quoteMismatchMin() && comparableWording(claim, report)) {
                stance = Stance.ALTERED;
            }
        } else if (overlap >= config.speakerMismatchMin()
                && !unnamed.test(claim.speaker().text()) && !unnamed.test(report.speakerText())) {
            stance = Stance.OTHER_SPEAKER; // a quote and a count's sourcing alike
        }
        return stance == null ? Optional.empty() : Optional.of(new Weighed(report, match, overlap, stance));
    }

    /**
     * Whether the two quotes' words may be compared as altered: both quotations ({@link
     * VerifyConfig#wordingOfQuotationsOnly}); a stored quote that does not say is taken as one.
     * "US Central Command said that a strike had killed seven" and "The US military confirmed that it
     * carried out a strike" are two outlets' paraphrases of one statement, not an altered quote.
     */
    private boolean comparableWording(QuoteClaim claim, CorpusClaim report) {
        return !config.wordingOfQuotationsOnly() || claim.direct() && !Boolean.FALSE.equals(report.quoteDirect());
    }

    /** Speaker keys when both have one; otherwise their names, as written, overlapping enough. */
    boolean sameSpeaker(QuoteClaim.Speaker speaker, CorpusClaim report) {
        if (speaker.key() != null && report.speakerKey() != null) {
            return speaker.key().equals(report.speakerKey());
        }
        return Tokens.containment(speaker.text(), report.speakerText()) >= config.sameSpeakerMin();
    }

    private ClaimCheck decide(QuoteClaim claim, ArticleContext article, List<Weighed> weighed) {
        if (weighed.isEmpty()) {
            return ClaimCheck.unverified(claim);
        }
        Messages messages = new Messages(article.lang());
        Votes wording = new Votes();
        Votes speakers = new Votes();
        for (Weighed w : weighed) {
            switch (w.stance()) {
                case SAME_WORDS -> {
                    wording.add(w.report(), true);
                    speakers.add(w.report(), true);
                }
                case ALTERED -> {
                    wording.add(w.report(), false);
                    if (w.overlap() >= config.speakerMismatchMin()) {
                        speakers.add(w.report(), true);
                    }
                }
                case SAME_SPEAKER -> speakers.add(w.report(), true);
                case OTHER_SPEAKER -> speakers.add(w.report(), false);
            }
        }
        List<Flag> flags = new ArrayList<>();
        if (wording.flags()) {
            flags.add(Flag.of(claim.id(), FlagKind.QUOTE_MISMATCH, messages.quoteMismatch(wording.disagreeing()),
                    wording.disagreeingIds()));
        }
        if (speakers.flags()) {
            flags.add(Flag.of(claim.id(), FlagKind.SPEAKER_MISMATCH,
                    messages.speakerMismatch(claim.speaker().text(), speakers.disagreeing()), speakers.disagreeingIds()));
        }
        List<Evidence> evidence = weighed.stream().map(w -> evidence(w, messages)).toList();
        int agree = Math.max(wording.agree(), speakers.agree());
        int disagree = Math.max(wording.disagree(), speakers.disagree());
        Verdict verdict = !flags.isEmpty() ? Verdict.CONTRADICTED : agree > 0 ? Verdict.CORROBORATED : Verdict.UNVERIFIED;
        return new ClaimCheck(claim, verdict, evidence, agree, disagree, flags, List.of());
    }

    private static Evidence evidence(Weighed w, Messages messages) {
        CorpusClaim c = w.report();
        return new Evidence(c.reportId().value(), c.source(), c.published(), c.url(), c.lang().code(), c.claimId(),
                messages.says(c), c.sentence(), Snippets.marksFor(c), w.stance() == Stance.SAME_WORDS || w.stance() == Stance.SAME_SPEAKER, false,
                Evidence.Match.of(w.match()));
    }
}
