package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.CountClaim.Action;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Count readings of round c25 (session 18): error kinds of blind10's adjudication and misses of dev30/dev31, each
 * probed with sentences of our own in the register of the agencies.
 */
class CountRound25Test {

    private static List<CountClaim> ar(String text) {
        return CountRuleExamplesTest.find(Language.AR, text);
    }

    private static List<CountClaim> en(String text) {
        return CountRuleExamplesTest.find(Language.EN, text);
    }

    /** Victims of a fraud or a theft are hurt by nobody: no dead (blind10's adjudication #31). */
    @Test
    void victimsOfAFraudAreNoDead() {
        assertThat(ar("وذكرت النيابة أن المتهمين استولوا على نحو ثلاثة ملايين جنيه من أكثر من ٤٠ ضحية عبر تطبيق للاستثمار.")).isEmpty();
        assertThat(ar("وأوضحت الشرطة أن الشبكة احتالت على ٢٥ ضحية في ثلاث محافظات خلال العام الماضي.")).isEmpty();
        // the dirham is money, no count of people
        assertThat(ar("وضبطت الشرطة بحوزة المتهمين مبلغ ٤٠٠ ألف درهم من عائدات التهريب.")).isEmpty();
        // an ambush set up (نصب كميناً) takes nothing: its dead stay dead
        assertThat(ar("نصب مسلحون كميناً لقافلة عسكرية جنوب البلاد، ما خلف ستة قتلى في صفوف الجنود."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 6L));
        assertThat(ar("سقط ١٢ ضحية في انفجار مستودع للوقود بالميناء."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 12L));
    }
}
