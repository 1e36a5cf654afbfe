package org.corroborate.rules;

import java.util.List;

/** {@code rules/index.yaml}: the packs, in load order. */
record Index(List<String> packs) {
    Index {
        packs = List.copyOf(packs);
    }
}
