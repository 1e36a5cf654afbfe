package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "as" after a describing verb describes only when no clause of its own opens with it: "Witnesses described long lines
 * at the petrol station as the mayor arrived" reports nothing (the lines are the verb's object, "as" a time), while
 * "described the ruling as a betrayal" says something of the ruling. A title the person the text opened with has
 * just won ("the champion") stands for that person, as an age does; and a name in apposition after a title and its place
 * ("said its representative in Sudan, Mariam Yousef") is the speaker.
 */
class DescribedAsClausesAndTitleStandInsTest {

    @Test
    void asOpeningAClauseWithAnIrregularVerbEndsNoDescription() {
        assertThat(QuoteFinderTest.EN.find(
                "Shopkeepers described long lines at the petrol station on Main Street as the mayor arrived for a visit."))
                .isEmpty();
    }

    @Test
    void asOpeningAClauseWithAnEdVerbBeforeItsPrepositionEndsNoDescription() {
        assertThat(QuoteFinderTest.EN.find(
                "Nurses described crowded corridors in the children's ward as parents waited for news of the injured."))
                .isEmpty();
    }

    @Test
    void asBeforeAnAuxiliaryEndsNoDescription() {
        assertThat(QuoteFinderTest.EN.find(
                "Villagers described the sound of the blast as the first ambulances were sent from the district hospital."))
                .isEmpty();
    }

    @Test
    void aDescriptionKeepsItsAs() {
        assertThat(QuoteFinderTest.EN.find("The union leader described the ruling as a betrayal of workers."))
                .singleElement().satisfies(c -> {
                    assertThat(c.quote()).isEqualTo("the ruling as a betrayal of workers");
                    assertThat(c.speaker().text()).isEqualTo("The union leader");
                });
    }

    @Test
    void aDescriptionWithARelativeOfItsOwnKeepsItsAs() {
        assertThat(QuoteFinderTest.EN.find("Paramedics described the crash as the worst they had attended in a decade."))
                .singleElement().satisfies(c -> assertThat(c.quote())
                        .isEqualTo("the crash as the worst they had attended in a decade"));
    }

    @Test
    void aChampionIsTheRunnerTheTextOpenedWith() {
        assertThat(QuoteFinderTest.EN.find("Ugandan runner Grace Nakato won the women's marathon in Berlin on Sunday. "
                + "\"My legs were heavy in the last five kilometres,\" the champion told reporters."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("Grace Nakato");
                    assertThat(c.speaker().asWritten()).isEqualTo("the champion");
                });
    }

    @Test
    void aTitledChampionIsTheSwimmerTheTextOpenedWith() {
        assertThat(QuoteFinderTest.EN.find("Australian swimmer Liam Carter won the 200 metres freestyle on Tuesday. "
                + "The world champion said he had not expected to break the record."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("Liam Carter"));
    }

    @Test
    void aNameAfterATitleAndItsPlaceSpeaks() {
        assertThat(QuoteFinderTest.EN.find("\"The wells in the north have dried up,\" said its coordinator in Somalia, "
                + "Abdi Warsame, adding that herders were moving south."))
                .extracting(c -> c.speaker().text()).containsExactly("Abdi Warsame", "Abdi Warsame");
        assertThat(QuoteFinderTest.EN.find("\"Prices have doubled since March,\" said the bank's economist for West Africa, "
                + "Nadia Mensah."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("Nadia Mensah"));
    }

    @Test
    void aTitleAndItsPlaceWithNoNameAfterThemSpeak() {
        assertThat(QuoteFinderTest.EN.find("\"The wells in the north have dried up,\" said its coordinator in Somalia."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("its coordinator"));
    }

    @Test
    void aNameWithWhatThePersonIsAfterADescriptionSpeaks() {
        assertThat(QuoteFinderTest.EN.find("The opposition's candidate, lawyer Teresa Okoro, said on Monday that the count had been rigged."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("lawyer Teresa Okoro"));
    }

    @Test
    void aNameWithWhereThePersonIsFromAndWhatTheyAreAfterADescriptionSpeaks() {
        // dev37-en-022: a capitalised word of origin before the person noun ("Ghanaian economist") still names the person
        assertThat(QuoteFinderTest.EN.find("\"The harbour will reopen next week,\" the port authority's director, "
                + "Ghanaian engineer Kofi Asante, told reporters."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("Ghanaian engineer Kofi Asante"));
        assertThat(QuoteFinderTest.EN.find("\"Talks will resume in May,\" said the council's envoy, Norwegian diplomat Ingrid Lunde."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("Norwegian diplomat Ingrid Lunde"));
        // near case: a body's name with a person noun and no name after it stays the description
        assertThat(QuoteFinderTest.EN.find("\"The harbour will reopen next week,\" the port authority's director, "
                + "Harbour Board head, told reporters."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("the port authority's director"));
    }
}
