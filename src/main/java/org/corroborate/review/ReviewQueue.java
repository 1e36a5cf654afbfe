package org.corroborate.review;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;

import org.corroborate.api.InputRejectedException;

/** The review queue's rules over a {@link ReviewStore}: decisions and superseding, never losing a write. */
public final class ReviewQueue {
    private static final int PAGE = 200;
    private final ReviewStore store;
    private final Clock clock;

    public ReviewQueue(ReviewStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public ReviewStore store() {
        return store;
    }

    /**
     * Applies a decision made on the item as the caller saw it at {@code version}.
     *
     * @throws NoSuchElementException when there is no such item
     * @throws StaleVersionException when {@code version} is not the item's current version
     * @throws InvalidTransitionException when the decision does not apply to its status
     */
    public ReviewItem decide(String id, Decision decision, String version, String reason, String by) {
        if (decision == Decision.DISMISS && (reason == null || reason.isBlank())) {
            throw new InputRejectedException("reason-required", "a dismissal needs a reason");
        }
        if (version == null || version.isBlank()) {
            throw new InputRejectedException("version-required", "give the version of the item you decided on");
        }
        ReviewItem item = store.get(id).orElseThrow(() -> new NoSuchElementException("no review item " + id));
        if (!item.version().equals(version)) {
            throw new StaleVersionException(id, item.version());
        }
        ReviewStatus to = decision.apply(item.status());
        return store.replace(item.moved(decision.wire(), to, by, clock.instant(), reason), version);
    }

    /** Marks superseded every open item of {@code articleId} from another revision; returns how many. */
    public int supersede(String articleId, String currentRevision, String by) {
        int done = 0;
        for (int round = 0; round < 5; round++) {
            List<ReviewItem> open = store.list(new ReviewFilter(ReviewStatus.OPEN, articleId, null, null, null), 0, PAGE)
                    .items().stream().filter(i -> !i.revision().equals(currentRevision)).toList();
            if (open.isEmpty()) {
                return done;
            }
            for (ReviewItem item : open) {
                try {
                    store.replace(item.moved("supersede", ReviewStatus.SUPERSEDED, by, clock.instant(),
                            "revision " + currentRevision + " was checked"), item.version());
                    done++;
                } catch (StaleVersionException raced) {
                    // decided meanwhile; the next round sees its new status
                }
            }
        }
        return done;
    }
}
