package org.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {

    private final ArabicNormalizer normalizer = new ArabicNormalizer();
    private final ArabicNormalizer foldingTeh = new ArabicNormalizer(ArabicNormalizer.Option.FOLD_TEH_MARBUTA);

    @Test
    void foldsHamzaFormsOfAlefToBareAlef() {
        assertThat(normalizer.normalize("أربعة إحدى آلاف ٱلف").normalized()).isEqualTo("اربعة احدي الاف الف");
    }

    @Test
    void foldsAlefMaksuraToYeh() {
        assertThat(normalizer.normalize("حوالى مئة").normalized()).isEqualTo("حوالي مئة");
    }

    @Test
    void keepsTehMarbutaUnlessAskedToFoldIt() {
        assertThat(normalizer.normalize("ثلاثة").normalized()).isEqualTo("ثلاثة");
        assertThat(foldingTeh.normalize("ثلاثة").normalized()).isEqualTo("ثلاثه");
    }

    @Test
    void dropsTatweelAndHarakat() {
        assertThat(normalizer.normalize("عَشَرَةُ جنـــود").normalized()).isEqualTo("عشرة جنود");
    }

    @Test
    void foldsArabicIndicAndPersianDigitsToAscii() {
        assertThat(normalizer.normalize("٢٠٢٥ و۱۲۳").normalized()).isEqualTo("2025 و123");
    }

    @Test
    void foldsArabicDecimalAndThousandsSeparators() {
        assertThat(normalizer.normalize("١٬٢٠٠٫٥").normalized()).isEqualTo("1,200.5");
    }

    @Test
    void dropsBidiControlsAndZeroWidthCharacters() {
        assertThat(normalizer.normalize("\u202A12\u202C\u200F مليون\u200B").normalized()).isEqualTo("12 مليون");
    }

    @Test
    void foldsPersianYehAndKeheh() {
        assertThat(normalizer.normalize("\u06A9\u06CC").normalized()).isEqualTo("كي");
    }

    @Test
    void leavesEnglishCaseAlone() {
        assertThat(normalizer.normalize("Two Hundred").normalized()).isEqualTo("Two Hundred");
    }

    @Test
    void mapsSpansBackOverHarakatInsideAndOnTheLastLetter() {
        String original = "قُتِلَ خَمْسَةُ جنود";
        NormalizedText text = normalizer.normalize(original);
        int start = text.normalized().indexOf("خمسة");
        int[] span = text.toOriginal(start, start + "خمسة".length());
        assertThat(original.substring(span[0], span[1])).isEqualTo("خَمْسَةُ");
    }

    @Test
    void aSpanEndingInsideAWordKeepsTheMarksOfItsLastLetterOnly() {
        String original = "جارٍ، ثم";
        NormalizedText text = normalizer.normalize(original);
        int[] word = text.toOriginal(0, 3);
        assertThat(original.substring(word[0], word[1])).isEqualTo("جارٍ");
        String kashida = "قتلىـ اليوم"; // a dropped tatweel is no mark: left out
        NormalizedText k = normalizer.normalize(kashida);
        int[] span = k.toOriginal(0, 4);
        assertThat(kashida.substring(span[0], span[1])).isEqualTo("قتلى");
    }

    @Test
    void mapsSpansBackPastBidiControls() {
        String original = "\u200F\u202B١٠\u202C جنود";
        NormalizedText text = normalizer.normalize(original);
        int[] span = text.toOriginal(0, 2);
        assertThat(original.substring(span[0], span[1])).isEqualTo("١٠");
    }

    @Test
    void mapsTheEndOfTheTextToTheOriginalLength() {
        String original = "مئة\u0640\u0640";
        NormalizedText text = normalizer.normalize(original);
        assertThat(text.toOriginal(text.normalized().length())).isEqualTo(original.length());
    }

    @Test
    void rejectsSpansOutsideTheNormalisedText() {
        NormalizedText text = normalizer.normalize("مئة");
        assertThatThrownBy(() -> text.toOriginal(1, 9)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void identityViewMapsEveryIndexToItself() {
        NormalizedText text = NormalizedText.identity("abc");
        assertThat(text.toOriginal(1, 3)).containsExactly(1, 3);
    }

    /** A text no char of which folds is its own view: the same string, each index mapped to itself. */
    @Test
    void aTextThatFoldsToItselfIsItsOwnView() {
        String english = "Killed";
        NormalizedText text = normalizer.normalize(english);
        assertThat(text.normalized()).isSameAs(english);
        assertThat(text.toOriginal(2)).isEqualTo(2);
        assertThat(text.toOriginal(1, 4)).containsExactly(1, 4);
        assertThat(normalizer.normalize("قتل").normalized()).isSameAs("قتل");
        assertThat(normalizer.normalize("قُتل").normalized()).isEqualTo("قتل");
        assertThatThrownBy(() -> text.toOriginal(7)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    /** The views with and without teh marbuta folding are one where the text has none, and two where it has. */
    @Test
    void sharesTheViewOfALongTextWithoutTehMarbutaBetweenTheTwoFoldings() {
        ArabicNormalizer teh = new ArabicNormalizer(ArabicNormalizer.Option.FOLD_TEH_MARBUTA);
        String english = "Three soldiers were killed on Sunday in an attack on a checkpoint near the border, officials said.";
        NormalizedText plain = normalizer.normalize(english);
        assertThat(teh.normalize(english)).isSameAs(plain);
        String arabic = "قُتل ثلاثة جنود يوم الأحد في هجوم على نقطة تفتيش قرب الحدود مع المدينة الشمالية بحسب مصادر أمنية";
        NormalizedText arabicPlain = normalizer.normalize(arabic);
        NormalizedText arabicTeh = teh.normalize(arabic);
        assertThat(arabicTeh).isNotSameAs(arabicPlain);
        assertThat(arabicPlain.normalized()).contains("المدينة");
        assertThat(arabicTeh.normalized()).contains("المدينه").doesNotContain("المدينة");
        assertThat(arabicTeh.normalized()).startsWith("قتل");
    }

    /**
     * A window of a text whose view is kept is cut out of that view: for every window, what folding the window alone
     * gives, though marks, tatweel and bidi controls are dropped inside it or at its edges and digits folded.
     */
    @Test
    void cutsEveryWindowOfAKeptTextAsFoldingTheWindowAloneWould() {
        String text = "\u200Fقُتِلَ ثلاثــة جنود يوم الأحد ٢٤ آذار، وأُصيب ١٢ آخرون في هجوم على نقطة تفتيش قرب الحدود الشمالية\u200E.";
        for (ArabicNormalizer n : new ArabicNormalizer[] {normalizer, foldingTeh}) {
            NormalizedText kept = n.normalize(text);
            for (int from = 0; from <= text.length(); from++) {
                for (int to = from; to <= text.length(); to++) {
                    String alone = n.normalizeWord(text.substring(from, to)).normalized();
                    assertThat(kept.normalizedBetween(from, to)).as("[%d, %d)", from, to).isEqualTo(alone);
                    assertThat(n.normalizedBetween(text, from, to)).as("[%d, %d)", from, to).isEqualTo(alone);
                }
            }
            // the kept view itself folds to itself
            String view = kept.normalized();
            assertThat(n.normalizedBetween(view, 3, 20)).isEqualTo(n.normalizeWord(view.substring(3, 20)).normalized());
        }
        assertThat(foldingTeh.normalizedBetween(text, 8, 15)).isEqualTo("ثلاثه"); // teh marbuta folded, tatweel dropped
        assertThatThrownBy(() -> normalizer.normalize(text).normalizedBetween(4, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    /**
     * A window's view maps each normalised char back to the raw char of the window it came from, past the harakat,
     * tatweel and bidi marks dropped before it and the alef forms folded: the map folding the window alone would make.
     */
    @Test
    void mapsEachCharOfAWindowBackToItsRawIndexInTheWindow() {
        String text = "أعلنَتْ وزارةُ الصحــة إصابةَ آلافِ الأشخاصِ بالكوليرا منذُ بدايةِ ٱلشهرِ الماضي\u200F، وفق بيانٍ رسميّ.";
        for (ArabicNormalizer n : new ArabicNormalizer[] {normalizer, foldingTeh}) {
            n.normalize(text); // the kept view: windows are cut out of it
            for (int from = 0; from <= text.length(); from++) {
                for (int to = from; to <= text.length(); to++) {
                    NormalizedText window = n.normalizeBetween(text, from, to);
                    NormalizedText alone = n.normalizeWord(text.substring(from, to));
                    assertThat(window.original()).isEqualTo(text.substring(from, to));
                    assertThat(window.normalized()).isEqualTo(alone.normalized());
                    for (int i = 0; i <= window.normalized().length(); i++) {
                        assertThat(window.toOriginal(i)).as("[%d, %d) at %d", from, to, i).isEqualTo(alone.toOriginal(i));
                    }
                }
            }
        }
        int from = text.indexOf("وزارةُ");
        NormalizedText window = foldingTeh.normalizeBetween(text, from, text.indexOf(" الأشخاص"));
        assertThat(window.normalized()).isEqualTo("وزاره الصحه اصابه الاف");
        String raw = window.original();
        assertThat(window.toOriginal(window.normalized().indexOf(' '))).isEqualTo(raw.indexOf("ُ ") + 1); // past the damma
        assertThat(window.toOriginal(window.normalized().indexOf("حه") + 1)).isEqualTo(raw.indexOf("ة ")); // past the tatweel
        assertThat(raw.charAt(window.toOriginal(window.normalized().indexOf("اصابه")))).isEqualTo('إ'); // hamza below folded
        assertThat(raw.charAt(window.toOriginal(window.normalized().indexOf("الاف")))).isEqualTo('آ'); // madda folded
        assertThat(window.toOriginal(window.normalized().length())).isEqualTo(raw.length());
        NormalizedText since = normalizer.normalizeBetween(text, text.indexOf("منذ"), text.indexOf(" الماضي"));
        assertThat(since.normalized()).isEqualTo("منذ بداية الشهر");
        assertThat(since.original().charAt(since.toOriginal(since.normalized().indexOf("الشهر")))).isEqualTo('ٱ'); // wasla
        assertThat(since.toOriginal(2) + 1).isEqualTo(since.original().indexOf("ُ")); // right after the since word, before its damma
        assertThat(normalizer.normalizeBetween("Since 2019", 6, 10).normalized()).isEqualTo("2019");
        assertThatThrownBy(() -> normalizer.normalizeBetween(text, 5, 3)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
