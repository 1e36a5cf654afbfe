package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.testing.UnnamedSpeakersForTests;
import org.junit.jupiter.api.Test;

/** The speech packs' unnamed_speakers: pronouns and lone common nouns name no one; titles and names do. */
class UnnamedSpeakersTest {
    private final UnnamedSpeakers unnamed = UnnamedSpeakersForTests.shipped();

    @Test
    void pronounsAndLoneCommonNounsNameNoOne() {
        assertThat(unnamed).accepts("the organisation", "The Ministry", "he", "المنظمة", "هم", null);
    }

    @Test
    void unnamedSourcesNameNoOne() {
        assertThat(unnamed).accepts("security sources", "a police official", "officials", "witnesses", "a senior army official",
                "مصادر أمنية", "مصدر طبي", "مسؤول في الشرطة", "شهود عيان");
    }

    @Test
    void titlesAndNamesNameSomeone() {
        assertThat(unnamed).rejects("the defence ministry", "وزير الداخلية", "Amina Yusuf", "the UN refugee agency",
                "منظمة العفو الدولية", "the health ministry", "a police spokesman", "مصدر في وزارة الداخلية");
        // the unnamed-source shapes make no named person unnamed (own examples)
        assertThat(unnamed).rejects("police official Ahmed Mansour", "a senior official, John Smith", "Officials Union",
                "المسؤول محمد علي", "مسؤول الإعلام في الحزب", "مصادر وزارة الصحة الفلسطينية");
    }

    @Test
    void aShapeIsWordsWithOneStar() {
        assertThat(UnnamedSpeakers.regex("the *")).isEqualTo("\\Qthe\\E\\s+\\p{L}+");
        assertThat(UnnamedSpeakers.regex("ال*")).isEqualTo("\\Qال\\E\\p{L}+");
    }
}
