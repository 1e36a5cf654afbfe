package org.corroborate.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words of a place the gazetteer does not know, read only where the sentence says a place follows. */
class StatedPlacesTest {
    private static final StatedPlaces PLACES = ShippedGazetteer.GAZETTEER.statedPlaces();

    private static String stated(String text) {
        StatedPlaces.Stated s = PLACES.find(text, 0, text.length(), span -> false);
        if (s != null) {
            assertThat(text.substring(s.span().start(), s.span().end())).isEqualTo(s.text());
        }
        return s == null ? null : s.text();
    }

    @Test
    void englishNamesAfterInNearOrTheTownOf() {
        assertThat(stated("A man was killed by a bus in Leeds on Tuesday.")).isEqualTo("Leeds");
        assertThat(stated("Seven farmers were killed near Gumsuri, residents said.")).isEqualTo("Gumsuri");
        assertThat(stated("A car bomb exploded in the town of San Pedro de Uraba, wounding five."))
                .isEqualTo("San Pedro de Uraba");
        assertThat(stated("Gunmen attacked a checkpoint outside Kafr al-Dawwar")).isEqualTo("Kafr al-Dawwar");
        assertThat(stated("Nine people died in Mbeya region after heavy rain.")).isEqualTo("Mbeya");
        assertThat(stated("Two protesters were detained at Kilindini on Friday.")).isEqualTo("Kilindini");
        assertThat(stated("Some 9,000 people have fled in South Kordofan since May.")).isEqualTo("South Kordofan");
        assertThat(stated("The fighting in North, the army said, ended.")).isNull();
    }

    @Test
    void englishWordsThatAreNoPlace() {
        assertThat(stated("Three prisoners died in Egyptian custody.")).isNull();
        assertThat(stated("He was arrested in December and released in June.")).isNull();
        assertThat(stated("Two were hurt in Monday's blast.")).isNull();
        assertThat(stated("The bill was debated in Parliament on Monday.")).isNull();
        assertThat(stated("Three shops were looted at Christmas and at Easter.")).isNull();
        assertThat(stated("Four men held in UN custody were freed.")).isNull();
    }

    @Test
    void arabicNamesAfterTheirKind() {
        assertThat(stated("قتل شخصان في بلدة تل الورد شرقي المحافظة.")).isEqualTo("تل الورد");
        assertThat(stated("اعتقل الجيش ستة شبان بقرية المزرعة فجر اليوم.")).isEqualTo("المزرعة");
        assertThat(stated("نزحت مئات العائلات من مخيم الهول.")).isNull();
        assertThat(stated("وأصيب طفل قرب مدينة الحصن.")).isEqualTo("الحصن");
        assertThat(stated("سقطت قذيفة في حي الميدان.")).isEqualTo("الميدان");
        assertThat(stated("اندلع حريق غابات بولاية تيزي وزو مساء الأحد.")).isEqualTo("تيزي وزو");
    }

    @Test
    void arabicWordsAfterAKindThatDoNotName() {
        assertThat(stated("قتل رجل في مدينة أخرى.")).isNull();
        assertThat(stated("وقع الحادث في قرية مجاورة.")).isNull();
        assertThat(stated("نقل الموقوفون إلى مديرية الأمن في المدينة.")).isNull();
        assertThat(stated("بدأ الرئيس في ولاية ثانية.")).isNull();
        assertThat(stated("قتل جنديان في الحوامدة.")).isNull();
    }

    @Test
    void theFirstStatedPlaceOfTheRangeOnly() {
        String text = "Two died in Leeds. Three died in Hull.";
        StatedPlaces.Stated s = PLACES.find(text, 19, text.length(), span -> false);
        assertThat(s.text()).isEqualTo("Hull");
        assertThat(PLACES.find(text, 0, text.length(), span -> span.start() < 18).text()).isEqualTo("Hull");
    }
}
