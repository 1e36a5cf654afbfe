package org.corroborate.review;

import java.util.List;

/** One page of the queue, sorted by severity then age; {@code total}: all matching items. */
public record ReviewPage(List<ReviewItem> items, long total, int offset) {
    public ReviewPage {
        items = List.copyOf(items);
    }

    /** The offset of the next page, or -1 when this is the last. */
    public int nextOffset() {
        int next = offset + items.size();
        return items.isEmpty() || next >= total ? -1 : next;
    }
}
