package org.corroborate.corpus;

import java.util.List;

/**
 * The gazetteer's containment (city ⊂ governorate ⊂ country): for a location key, the keys of the
 * places that contain it, nearest first. Stored in {@code claims.location_path} so that a search
 * for a governorate finds a claim placed in one of its cities. The gazetteer plugs in here;
 * until it exists, {@link #NONE} knows no containment and the path is the key alone.
 */
@FunctionalInterface
public interface PlaceAncestors {
    PlaceAncestors NONE = key -> List.of();

    List<String> ancestorsOf(String key);
}
