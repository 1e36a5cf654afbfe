package org.corroborate.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * The words of an element's {@code class} and {@code id}, split the way sites name things
 * ({@code share-bar}, {@code related_articles}, {@code commentList}), so one word list can
 * recognise share bars, standfirsts and bylines across sites.
 */
final class HtmlWords {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-:.]+|(?<=[a-z])(?=[A-Z])");

    private HtmlWords() {
    }

    static boolean any(Element element, Set<String> words) {
        return anyIn(element.className(), words) || anyIn(element.id(), words);
    }

    private static boolean anyIn(String names, Set<String> words) {
        if (names.isEmpty()) {
            return false;
        }
        for (String word : SEPARATORS.split(names)) {
            if (words.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    static boolean attributeIn(Element element, String attribute, Set<String> values) {
        String value = element.attr(attribute);
        return !value.isEmpty() && values.contains(value.strip().toLowerCase(Locale.ROOT));
    }
}
