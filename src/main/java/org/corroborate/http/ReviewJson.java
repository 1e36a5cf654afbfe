package org.corroborate.http;

import org.corroborate.review.ReviewItem;
import org.corroborate.review.ReviewPage;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Review items on the wire (CONTRACT.md "HTTP wire details"), plus {@code report_id} and the {@code audit} trail. */
final class ReviewJson {
    private ReviewJson() {
    }

    static ObjectNode item(ReviewItem item) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("id", item.id());
        o.put("version", item.version());
        o.setAll(org.corroborate.review.ReviewItemJson.of(item));
        return o;
    }

    /** {@code next}: an opaque cursor for the following page (today: its offset), {@code null} on the last page. */
    static ObjectNode page(ReviewPage page) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        var items = o.putArray("items");
        page.items().forEach(i -> items.add(item(i)));
        int next = page.nextOffset();
        if (next < 0) {
            o.putNull("next");
        } else {
            o.put("next", Integer.toString(next));
        }
        o.put("total", page.total());
        return o;
    }
}
