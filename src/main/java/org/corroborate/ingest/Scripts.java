package org.corroborate.ingest;

/** Which writing system a character belongs to, as far as language detection needs. */
final class Scripts {
    private Scripts() {
    }

    /** An Arabic-script letter (the Arabic block's letters, not its digits or harakat). */
    static boolean isArabicLetter(char c) {
        return (c >= '\u0620' && c <= '\u064A') || (c >= '\u066E' && c <= '\u06D3') || c == '\u06D5'
                || (c >= '\u06FA' && c <= '\u06FF');
    }

    /**
     * Letters Persian, Urdu, Kurdish and Pashto use and Modern Standard Arabic does not: peh,
     * tcheh, jeh, gaf, farsi yeh, keheh, and the Urdu and Kurdish additions.
     */
    static boolean isNonArabicArabicScriptLetter(char c) {
        return switch (c) {
            case '\u067E', '\u0686', '\u0698', '\u06AF', '\u06CC', '\u06A9', '\u0679', '\u0688',
                 '\u0691', '\u06BA', '\u06BE', '\u06C1', '\u06D2', '\u06D5', '\u06C6', '\u06CE',
                 '\u06B5', '\u067C', '\u0681', '\u0685', '\u0689', '\u0693', '\u0696',
                 '\u069A', '\u06AB', '\u06BC', '\u06CD', '\u06D0' -> true;
            default -> false;
        };
    }

    static boolean isLatinLetter(int codePoint) {
        return Character.isLetter(codePoint)
                && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN;
    }
}
