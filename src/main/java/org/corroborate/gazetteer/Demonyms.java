package org.corroborate.gazetteer;

import java.util.ArrayList;
import java.util.List;

/**
 * The forms of Arabic demonyms. A nisba adjective inflects regularly, so the gazetteer lists only
 * the masculine singular (سوري، أميركي) and the rest is derived here: feminine سورية, dual
 * سوريان/سوريين/سوريتان/سوريتين, plural سوريون/سوريين/سوريات, each also with the article
 * (السوريين). Irregular plurals (أتراك، روس) are listed as they are and not inflected.
 */
final class Demonyms {
    private static final String YEH = "\u064A";
    private static final String ARTICLE = "\u0627\u0644";
    private static final List<String> NISBA_ENDINGS = List.of("", "\u0629", "\u064A\u0646", "\u0648\u0646",
            "\u0627\u0646", "\u062A\u064A\u0646", "\u062A\u0627\u0646", "\u0627\u062A");

    private Demonyms() {
    }

    /** Every written form of an Arabic demonym as listed, with and without the article. */
    static List<String> arabicForms(String listed) {
        List<String> bare = new ArrayList<>();
        if (listed.endsWith(YEH)) {
            NISBA_ENDINGS.forEach(ending -> bare.add(listed + ending));
        } else {
            bare.add(listed);
        }
        List<String> out = new ArrayList<>(bare);
        if (!listed.startsWith(ARTICLE)) {
            bare.forEach(form -> out.add(ARTICLE + form));
        }
        return out;
    }
}
