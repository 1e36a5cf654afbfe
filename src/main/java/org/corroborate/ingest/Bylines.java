package org.corroborate.ingest;

import java.util.regex.Pattern;

/**
 * Recognises a byline written as a paragraph of its own ("By Sarah Collins", "بقلم: سامر خليل",
 * "كتب - محمد علي") where the format has no markup for it (text, DOCX, ODT, RTF, PDF).
 */
final class Bylines {
    static final int MAX_CHARS = 80;
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:By|BY|by|\u0628\u0642\u0644\u0645|\u0643\u062A\u0628|\u0643\u062A\u0628\u062A)\\s*[:\\-\u2013\u2014]?\\s+\\S.*$");

    private Bylines() {
    }

    static boolean isByline(String paragraph) {
        return paragraph.length() <= MAX_CHARS && paragraph.indexOf('\n') < 0 && BYLINE.matcher(paragraph).matches();
    }
}
