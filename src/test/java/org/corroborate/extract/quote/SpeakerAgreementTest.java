package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * A speaker pronoun, or the verb of a dropped Arabic subject, stands for the last earlier speaker
 * whose gender and number it agrees with: "he" a person, "it" a body, "they" several people or a
 * body; "وقالت" a feminine speaker, "وقال" a masculine one. Invented sentences.
 */
class SpeakerAgreementTest {

    private static String speakerOf(List<QuoteClaim> claims, String quoteStart) {
        return claims.stream().filter(c -> c.quote().startsWith(quoteStart)).findFirst().orElseThrow().speaker().text();
    }

    @Test
    void heStandsForAPersonNotALaterMinistry() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("Governor Karim Haddad said the roads would reopen on Monday."
                + " The Health Ministry said three clinics had closed. He said the army would help clear the debris.");
        assertThat(speakerOf(claims, "the army")).isEqualTo("Governor Karim Haddad");
    }

    @Test
    void itStandsForABodyNotALaterMan() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("The Red Crescent Society said its teams had reached the village."
                + " A spokesman for the governor said the road was still blocked. It said more volunteers were on the way.");
        assertThat(speakerOf(claims, "more volunteers")).isEqualTo("The Red Crescent Society");
    }

    @Test
    void itStandsForABodyNamedOnlyByItsNoun() {
        // no full name before: "the navy" as written is the antecedent of a later "it said"
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("Patrol boats intercepted two smuggling vessels off the coast, the navy said."
                + " Four crew members were detained, it said.");
        assertThat(speakerOf(claims, "Four crew members")).isEqualTo("the navy");
    }

    @Test
    void theyStandForABodyOrSeveralNotALaterSinglePerson() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("Local officials said the water had receded overnight."
                + " A farmer said his fields were ruined. They said schools would reopen next week.");
        assertThat(speakerOf(claims, "schools")).isEqualTo("Local officials");
    }

    @Test
    void aPronounWithNoAgreeingSpeakerStillTakesTheLastOne() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("The Interior Ministry said the border crossing would reopen."
                + " He said the queue had cleared.");
        assertThat(speakerOf(claims, "the queue")).isEqualTo("The Interior Ministry");
    }

    @Test
    void aFeminineVerbPassesOverAMinisterToTheMinistry() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("وقالت وزارة الصحة إن المستشفيات استقبلت عشرات المصابين."
                + " وقال وزير الداخلية إن الطرق أغلقت أمام السيارات. وأضافت أن فرقها تعمل على مدار الساعة.");
        assertThat(speakerOf(claims, "فرقها")).isEqualTo("وزارة الصحة");
    }

    @Test
    void aMasculineVerbPassesOverTheMinistryToTheMinister() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("وقال وزير الداخلية إن الطرق أغلقت أمام السيارات."
                + " وأعلنت وزارة الصحة أن فرق الإنقاذ وصلت إلى القرى المتضررة. وأكد أن الوضع تحت السيطرة.");
        assertThat(speakerOf(claims, "الوضع")).isEqualTo("وزير الداخلية");
    }

    @Test
    void aFeminineVerbPassesOverTheArmyToThePolice() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("وقالت الشرطة إن ثلاثة أشخاص اعتقلوا قرب الحدود."
                + " وأعلن الجيش أن قواته انتشرت في المدينة. وأوضحت أن التحقيقات ما زالت جارية.");
        assertThat(speakerOf(claims, "التحقيقات")).isEqualTo("الشرطة");
    }

    @Test
    void aFeminineSpokeswomanAgreesWithAFeminineVerb() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("وقالت المتحدثة باسم المفوضية إن آلاف الأسر نزحت."
                + " وقال مدير المستشفى إن الأدوية نفدت. وتقول إن المساعدات لم تصل بعد.");
        assertThat(speakerOf(claims, "المساعدات")).isEqualTo("المتحدثة باسم المفوضية");
    }

    @Test
    void aFamilyNameEndingInTehMarbutaTellsNoGender() {
        List<QuoteClaim> claims = QuoteFinderTest.AR.find("وقال رئيس البلدية سامر حمادة إن المياه قطعت عن الأحياء الشرقية."
                + " وقال حمادة إن الإصلاحات تحتاج إلى أسبوع. وأضاف أن الصهاريج ستوزع المياه.");
        assertThat(speakerOf(claims, "الصهاريج")).isEqualTo("حمادة");
    }

    @Test
    void verbGenderComesFromItsSuffixOrPrefix() {
        Agreement agreement = new Agreement(QuoteFinderTest.AR_LEXICON, false);
        assertThat(agreement.verbGender("وقالت")).isEqualTo(Agreement.Kind.FEMININE);
        assertThat(agreement.verbGender("وقال")).isEqualTo(Agreement.Kind.MASCULINE);
        assertThat(agreement.verbGender("تقول")).isEqualTo(Agreement.Kind.FEMININE);
        assertThat(agreement.verbGender("يقول")).isEqualTo(Agreement.Kind.MASCULINE);
        assertThat(agreement.verbGender("واضافت")).isEqualTo(Agreement.Kind.FEMININE);
        assertThat(agreement.verbGender("واكد")).isEqualTo(Agreement.Kind.MASCULINE);
        assertThat(agreement.verbGender("قالوا")).isEqualTo(Agreement.Kind.UNKNOWN);
    }

    @Test
    void speakerGenderComesFromTheFirstWord() {
        Agreement agreement = new Agreement(QuoteFinderTest.AR_LEXICON, false);
        assertThat(agreement.arabicGender("الوزارة")).isEqualTo(Agreement.Kind.FEMININE);
        assertThat(agreement.arabicGender("الحكومة السودانية")).isEqualTo(Agreement.Kind.FEMININE);
        assertThat(agreement.arabicGender("المنظمة")).isEqualTo(Agreement.Kind.FEMININE);
        assertThat(agreement.arabicGender("وزير الخارجية")).isEqualTo(Agreement.Kind.MASCULINE);
        assertThat(agreement.arabicGender("المتحدث باسم الجيش")).isEqualTo(Agreement.Kind.MASCULINE);
        assertThat(agreement.arabicGender("الجيش")).isEqualTo(Agreement.Kind.MASCULINE);
        assertThat(agreement.arabicGender("مصادر أمنية")).isEqualTo(Agreement.Kind.UNKNOWN);
        assertThat(agreement.arabicGender("أسامة")).isEqualTo(Agreement.Kind.MASCULINE);
    }

    @Test
    void englishKindComesFromTheHead() {
        Agreement agreement = new Agreement(QuoteFinderTest.EN_LEXICON, true);
        assertThat(agreement.englishKind("the Ministry of Interior")).isEqualTo(Agreement.Kind.BODY);
        assertThat(agreement.englishKind("a spokesman for the ministry")).isEqualTo(Agreement.Kind.PERSON);
        assertThat(agreement.englishKind("Prime Minister Ali Saleh")).isEqualTo(Agreement.Kind.PERSON);
        assertThat(agreement.englishKind("police")).isEqualTo(Agreement.Kind.BODY);
        assertThat(agreement.englishKind("witnesses")).isEqualTo(Agreement.Kind.PLURAL);
        assertThat(agreement.englishKind("Ali Saleh")).isEqualTo(Agreement.Kind.UNKNOWN);
    }
}
