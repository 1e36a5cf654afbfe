package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countDates;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.Claim;
import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * Ordinary sentences of our own, near the shapes the rules of one day's rounds read (the Arabic time aside, one person after
 * «أن», "during", a definite person sharing a passive with a count, the attacker's own death, «جاء» before a statement, a
 * statement's publication day, a weekday with a duration): each says only what it plainly says, and no rule fires beyond it.
 */
class OrdinarySentencesTest {

    private static List<Claim> claims(String text, Language language) {
        return DateClaimsTest.EXTRACTOR.extract(text, language, LocalDate.parse("2026-08-22"));
    }

    private static List<String> counts(String text, Language language) {
        return claims(text, language).stream().filter(CountClaim.class::isInstance).map(CountClaim.class::cast)
                .map(c -> c.action().name().toLowerCase() + " " + c.count().value()).toList();
    }

    private static List<String> quotes(String text, Language language) {
        return claims(text, language).stream().filter(QuoteClaim.class::isInstance).map(c -> ((QuoteClaim) c).quote()).toList();
    }

    @Test
    void anAsideThatIsASourceLeavesTheVerbItsGroup() {
        assertThat(counts("اعتقلت الشرطة، بحسب مصادر محلية، ثلاثة شبان في المدينة.", Language.AR)).containsExactly("arrested 3");
        assertThat(counts("قتلت قوات الأمن، وفق مصادر طبية، خمسة مسلحين.", Language.AR)).containsExactly("killed 5");
    }

    @Test
    void onePersonAfterAComplementiserWithNoActionIsNoCount() {
        assertThat(counts("وأكد المتحدث أن مسؤولاً رفيعاً زار المستشفى أمس.", Language.AR)).isEmpty();
        assertThat(counts("وقال مسؤول إن مسلحاً هاجم نقطة تفتيش.", Language.AR)).isEmpty();
        assertThat(counts("وأكدت الوزارة أن طفلاً يتلقى العلاج في المستشفى.", Language.AR)).isEmpty();
        // the one who did it is no count: the group after the verb is
        assertThat(counts("وقال المصدر إن ضابطاً قتل ثلاثة مسلحين.", Language.AR)).containsExactly("killed 3");
    }

    @Test
    void duringIsWhenNotWhatIsCounted() {
        assertThat(counts("Police arrested five people during a protest against the killing of two students.", Language.EN))
                .containsExactly("arrested 5", "killed 2");
        assertThat(counts("Four soldiers were killed during an attack that wounded 12 civilians.", Language.EN))
                .containsExactly("killed 4", "wounded 12");
    }

    @Test
    void aPassiveOfNoActionSharedByADefinitePersonAndACountIsNoCount() {
        assertThat(counts("The owner and two employees were questioned by police.", Language.EN)).isEmpty();
        assertThat(counts("The minister and a deputy were invited to the ceremony.", Language.EN)).isEmpty();
    }

    @Test
    void aVerbWithAnObjectSuffixKillsNoOneButTheOneNamed() {
        assertThat(counts("فجّر الجيش جسراً قبل أن ينسحب.", Language.AR)).isEmpty();
        assertThat(counts("وقال إن الملل كاد يقتله.", Language.AR)).isEmpty();
    }

    @Test
    void aWoundedPersonWhoKillsSomeoneIsStillWounded() {
        assertThat(counts("A soldier wounded in the clash killed two attackers before he was evacuated.", Language.EN))
                .containsExactly("wounded 1", "killed 2");
        assertThat(counts("A policeman wounded in the attack shot dead the gunman.", Language.EN)).containsExactly("wounded 1", "killed 1");
        assertThat(counts("ثلاثة من الجرحى قتلوا مسلحاً.", Language.AR)).containsExactly("wounded 3", "killed 1");
        // who then died stays killed
        assertThat(counts("A man wounded in Friday's blast died in hospital on Sunday.", Language.EN)).containsExactly("killed 1");
    }

    @Test
    void cameBeforeAnEventIsNoStatement() {
        assertThat(quotes("وجاء ذلك بعد أن قتل مسلحون ثلاثة جنود.", Language.AR)).isEmpty();
        assertThat(quotes("وجاء في المرتبة الثانية الفريق الأهلي.", Language.AR)).isEmpty();
        assertThat(quotes("وجاء الإعلان بعد أن أعلنت الوزارة أن المفاوضات فشلت.", Language.AR)).containsExactly("المفاوضات فشلت");
    }

    @Test
    void aStatementsPublicationDayLeavesTheCountItsOwnDay() {
        // published on Saturday 22 August 2026
        assertThat(countDates("The report, published on Tuesday, said 12 people were killed on Sunday.", Language.EN, "2026-08-22"))
                .containsExactly("2026-08-16..2026-08-16");
        String statement = "According to a statement published on Tuesday, 12 people were killed on Sunday.";
        assertThat(countDates(statement, Language.EN, "2026-08-22")).containsExactly("2026-08-16..2026-08-16");
        assertThat(dateClaims(statement, Language.EN, "2026-08-22")).isEmpty();
    }

    @Test
    void aWeekdayAndADurationOfAnotherSentenceStayApart() {
        // (the present "arrives on Monday" is a schedule, read ahead: ScheduleFrameTest)
        assertThat(dateClaims("The president arrives on Monday. The exhibition, which opened in March, will last three days.",
                Language.EN, "2026-08-22")).containsExactly("2026-08-24..2026-08-24", "2026-03-01..2026-03-31");
        assertThat(dateClaims("The president arrived on Monday. The exhibition, which opened in March, will last three days.",
                Language.EN, "2026-08-22")).containsExactly("2026-08-17..2026-08-17", "2026-03-01..2026-03-31");
    }
}
