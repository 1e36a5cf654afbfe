package org.corroborate.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.gazetteer.ShippedGazetteer.GAZETTEER;

import java.util.List;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/** Finding places in Arabic and English text with the shipped gazetteer. */
class GazetteerFindTest {

    private static List<String> keys(String text, Language language) {
        return GAZETTEER.findPlaces(text, language).stream().map(PlaceMention::key).toList();
    }

    private static PlaceMention only(String text, Language language) {
        List<PlaceMention> found = GAZETTEER.findPlaces(text, language);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** One reading of a text for places, demonyms and entities finds what the three separate finds do. */
    @Test
    void findsAllAtOnceWhatTheThreeFindsFindApart() {
        List<String> texts = List.of(
                "قتل جنديان أميركيان وعنصر من تنظيم الدولة الإسلامية في تدمر بريف حمص",
                "Two U.S. soldiers and an Iraqi interpreter were killed near Mosul, the Islamic State said.",
                "Hezbollah fighters clashed with Syrian troops in Tripoli and in Homs.",
                // an article before a name (read from the word after it), proclitics before an Arabic one
                "Fighting spread from al-Raqqa to Al Hasakah and ar-Raqqa, el Fasher and the Islamic State.",
                "وصلت التعزيزات وبحلب ولحمص وللموصل وفالرقة بعد المعارك في الحسكة",
                "لا شيء هنا", "");
        for (String text : texts) {
            for (Language language : Language.values()) {
                Gazetteer.Mentions all = GAZETTEER.findAll(text, language);
                assertThat(all.places()).as(text).isEqualTo(GAZETTEER.findPlaces(text, language));
                assertThat(all.nationalities()).as(text).isEqualTo(GAZETTEER.findNationalities(text, language));
                assertThat(all.entities()).as(text).isEqualTo(GAZETTEER.findEntities(text, language));
            }
        }
        assertThat(GAZETTEER.findAll(texts.get(1), Language.EN).places()).extracting(PlaceMention::key)
                .containsExactly("us", "iq.nineveh.mosul");
        assertThat(GAZETTEER.findAll(texts.get(1), Language.EN).nationalities()).extracting(NationalityMention::code)
                .contains("IQ");
        assertThat(GAZETTEER.findAll(texts.get(3), Language.EN).places()).extracting(PlaceMention::key)
                .containsExactly("sy.raqqa", "sy.hasakah", "sy.raqqa", "sd.north_darfur.el_fasher");
        assertThat(GAZETTEER.findAll(texts.get(4), Language.AR).places()).extracting(PlaceMention::key)
                .containsExactly("sy.aleppo", "sy.homs", "iq.nineveh.mosul", "sy.hasakah");
    }

    /** A name that opens with the letter of a proclitic is the whole word, not the clitic and another place. */
    @Test
    void readsOujdaWholeNotAsAndJeddah() {
        assertThat(keys("جرى توقيف ثلاثة مشتبه بهم في مدينة وجدة شرقي المغرب", Language.AR)).containsExactly("ma.oujda", "ma");
        assertThat(keys("أوقفت الشرطة ستة أشخاص في الناظور وثلاثة في وجدة", Language.AR)).containsExactly("ma.nador", "ma.oujda");
        assertThat(keys("وصل الحجاج إلى مدينة جدة", Language.AR)).containsExactly("sa.jeddah");
    }

    @Test
    void findsPalmyraInBothLanguagesUnderOneKey() {
        assertThat(keys("سيطرت القوات على مدينة تدمر الأثرية", Language.AR)).containsExactly("sy.homs.palmyra");
        assertThat(keys("Forces took Palmyra on Sunday", Language.EN)).containsExactly("sy.homs.palmyra");
        assertThat(keys("Forces took Tadmur on Sunday", Language.EN)).containsExactly("sy.homs.palmyra");
    }

    @Test
    void findsMosulInBothLanguagesAndItsSpellings() {
        assertThat(keys("انفجار في الموصل", Language.AR)).containsExactly("iq.nineveh.mosul");
        assertThat(keys("A blast in Mosul and another in Mossul", Language.EN))
                .containsExactly("iq.nineveh.mosul", "iq.nineveh.mosul");
    }

    @Test
    void findsTheUnitedStatesUnderEveryName() {
        assertThat(keys("قالت الولايات المتحدة الأميركية وأمريكا", Language.AR)).containsExactly("us", "us");
        assertThat(keys("The United States, the U.S. and the US", Language.EN)).containsExactly("us", "us", "us");
    }

    /** A place name never takes tanween: the same letters with it are the accusative demonym, no place. */
    @Test
    void aNameWrittenWithTanweenIsTheDemonymNotThePlace() {
        assertThat(keys("لقي ٢٥ شخصاً حتفهم بينهم ١٢ بريطانياً في انقلاب حافلة سياحية.", Language.AR)).isEmpty();
        assertThat(keys("وصل ٣٠ صحافياً ألمانياً إلى حلب.", Language.AR)).containsExactly("sy.aleppo");
        assertThat(keys("غادر الوفد إلى بريطانيا أمس.", Language.AR)).containsExactly("gb");
        assertThat(keys("وتشارك ألمانيا وبريطانيا في المؤتمر.", Language.AR)).containsExactly("de", "gb");
    }

    @Test
    void readsAttachedPrepositionsAndConjunctionsAndLeavesThemOutOfTheSpan() {
        String text = "قتل ثلاثة بتدمر وفي الموصل ولحلب";
        List<PlaceMention> found = GAZETTEER.findPlaces(text, Language.AR);
        assertThat(found).extracting(PlaceMention::key).containsExactly("sy.homs.palmyra", "iq.nineveh.mosul", "sy.aleppo");
        assertThat(found).extracting(PlaceMention::text).containsExactly("تدمر", "الموصل", "حلب");
        assertThat(found.get(0).span().of(text)).isEqualTo("تدمر");
    }

    @Test
    void readsLamBeforeTheArticleAsLamPlusArticle() {
        PlaceMention mosul = only("وصلت التعزيزات للموصل", Language.AR);
        assertThat(mosul.key()).isEqualTo("iq.nineveh.mosul");
        // ل + الموصل is written للموصل: the span starts at the article's lam.
        assertThat(mosul.text()).isEqualTo("لموصل");
        assertThat(mosul.name()).isEqualTo("الموصل");
    }

    @Test
    void mapsSpansBackOverHarakatAndTatweel() {
        String text = "قصفٌ على تَدْمُـرَ";
        PlaceMention palmyra = only("وقع " + text, Language.AR);
        assertThat(palmyra.key()).isEqualTo("sy.homs.palmyra");
        assertThat(palmyra.text()).isEqualTo("تَدْمُـرَ"); // the fatha on its last letter too
    }

    @Test
    void prefersTheLongestName() {
        assertThat(keys("قصف على مخيم جنين", Language.AR)).containsExactly("ps.jenin.jenin_camp");
        assertThat(keys("لاجئون من جنوب السودان", Language.AR)).containsExactly("ss");
        assertThat(keys("clashes in Deir ez-Zor countryside", Language.EN)).containsExactly("sy.deir_ez_zor");
    }

    @Test
    void takesTheArabicArticleAsOptionalInEnglishAndSpansIt() {
        for (String written : List.of("al-Raqqa", "Al Raqqa", "Al-Raqqa", "ar-Raqqa", "Raqqa")) {
            PlaceMention raqqa = only("Strikes hit " + written + " overnight", Language.EN);
            assertThat(raqqa.key()).isEqualTo("sy.raqqa");
            assertThat(raqqa.text()).isEqualTo(written);
        }
    }

    @Test
    void takesASunLetterArticleOnlyWhenHyphenated() {
        assertThat(only("Fighting as Raqqa fell", Language.EN).text()).isEqualTo("Raqqa");
        assertThat(only("Fighting in as-Suwayda", Language.EN).text()).isEqualTo("as-Suwayda");
    }

    @Test
    void readsAnEnglishNameThatIsAlsoAWordOnlyAfterACue() {
        assertThat(keys("Hit by shrapnel, he survived", Language.EN)).isEmpty();
        assertThat(keys("a car bomb in Hit killed two", Language.EN)).containsExactly("iq.anbar.hit");
    }

    @Test
    void needsACapitalForEnglishNamesAndExactCapitalsForAcronyms() {
        assertThat(keys("We ate turkey and then jordan almonds", Language.EN)).isEmpty();
        assertThat(keys("Turkey and Jordan closed the border", Language.EN)).containsExactly("tr", "jo");
        assertThat(keys("It is what it is, one of us said", Language.EN)).isEmpty();
    }

    @Test
    void readsANameThatIsAlsoACommonWordOnlyAfterAPlaceCue() {
        assertThat(keys("قال إن الجيش تدمر المنازل", Language.AR)).isEmpty();
        assertThat(keys("اشتباكات قرب تدمر", Language.AR)).containsExactly("sy.homs.palmyra");
        assertThat(keys("اشتباكات في تدمر", Language.AR)).containsExactly("sy.homs.palmyra");
    }

    @Test
    void readsAWordThatIsCommonEvenAfterACueOnlyWhenTheTextNamesItsCountry() {
        // الخيام is Khiam in south Lebanon, and "the tents" in news about displaced people.
        assertThat(keys("يعيش النازحون في الخيام قرب خان يونس", Language.AR)).containsExactly("ps.khan_younis");
        assertThat(keys("قصف إسرائيلي على الخيام جنوبي لبنان", Language.AR))
                .containsExactly("lb.nabatieh.khiam", "lb.south");
        assertThat(keys("وزعت المساعدات على العائلات في الخيام", Language.AR)).isEmpty();
        assertThat(keys("قصف على بلدة الخيام", Language.AR)).containsExactly("lb.nabatieh.khiam");
        assertThat(keys("أصيب جنديان لبنانيان في الخيام", Language.AR)).containsExactly("lb.nabatieh.khiam");
    }

    @Test
    void treatsHummusAsFoodNotHoms() {
        // حمص the city never takes the article, so الحمص is the chickpea; صحن حمص is a stop phrase.
        assertThat(keys("تناولنا الحمص والفلافل", Language.AR)).isEmpty();
        assertThat(keys("طلب صحن حمص", Language.AR)).isEmpty();
        assertThat(keys("قصف على حمص", Language.AR)).containsExactly("sy.homs");
    }

    @Test
    void resolvesANameSharedByNestedPlacesToTheBroadest() {
        PlaceMention homs = only("قصف على حمص", Language.AR);
        assertThat(homs.key()).isEqualTo("sy.homs");
        assertThat(homs.alternatives()).containsExactly("sy.homs.homs");
        assertThat(only("غارة على غزة", Language.AR).key()).isEqualTo("ps.gaza_strip");
        assertThat(only("غارة على مدينة غزة", Language.AR).key()).isEqualTo("ps.gaza.gaza_city");
        assertThat(only("an airstrike on Gaza City", Language.EN).key()).isEqualTo("ps.gaza.gaza_city");
    }

    @Test
    void readsAmmanByDefaultAndOmanWhenTheTextSaysSo() {
        PlaceMention amman = only("وصل الوفد إلى عمان أمس", Language.AR);
        assertThat(amman.key()).isEqualTo("jo.amman.amman");
        assertThat(amman.alternatives()).containsExactly("om");
        assertThat(only("وصل الوفد إلى سلطنة عمان", Language.AR).key()).isEqualTo("om");
        assertThat(keys("قال وزير الخارجية العماني إن عمان تدعم الحوار", Language.AR)).containsExactly("om");
        assertThat(only("Talks were held in Oman", Language.EN).key()).isEqualTo("om");
    }

    @Test
    void readsTripoliAsLibyasUnlessTheTextIsAboutLebanon() {
        assertThat(only("اشتباكات في طرابلس", Language.AR).key()).startsWith("ly.tripoli");
        assertThat(keys("اشتباكات في طرابلس شمالي لبنان", Language.AR)).first().isEqualTo("lb.north.tripoli");
        assertThat(keys("Clashes in Tripoli, northern Lebanon", Language.EN)).first().isEqualTo("lb.north.tripoli");
    }

    @Test
    void findsNothingInTextWithoutPlaces() {
        assertThat(keys("الطقس معتدل اليوم", Language.AR)).isEmpty();
        assertThat(keys("", Language.EN)).isEmpty();
    }
}
