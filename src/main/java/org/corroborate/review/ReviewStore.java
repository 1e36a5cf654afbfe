package org.corroborate.review;

import java.util.List;
import java.util.Optional;

/**
 * Where review items live (Elasticsearch: {@code org.corroborate.review.elasticsearch}). Every
 * write of an existing item is conditional on the version read, so concurrent decisions from
 * several server instances never overwrite each other.
 */
public interface ReviewStore {

    /** Stores new items; an item whose id is already stored is left as it is (same flag, same check). */
    void addAll(List<ReviewItem> items);

    Optional<ReviewItem> get(String id);

    /**
     * Writes {@code item} in place of the stored one if that is still at {@code expectedVersion};
     * returns it with its new version.
     *
     * @throws StaleVersionException when the stored item has moved on (nothing written)
     */
    ReviewItem replace(ReviewItem item, String expectedVersion);

    ReviewPage list(ReviewFilter filter, int offset, int limit);
}
