package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.claims;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Counts that belong to another clause or statement, and the dates of counts: an action does not reach
 * into a statement of its own, no count happened after publication, a since clause after an event count
 * dates nothing, and a date among reported words is the event's.
 */
class CountClausesAndDatesTest {
    /** "displaced 5000 2026-02-01..2026-02-28 event": action, value (or min), date and role of each count. */
    private static List<String> counts(String text, Language language, String published) {
        return claims(text, language, published).stream().filter(CountClaim.class::isInstance).map(CountClaim.class::cast)
                .map(c -> c.action().wire() + " " + (c.count().value() != null ? c.count().value() : c.count().min())
                        + (c.partOf() != null ? " part" : "") + (c.date() == null ? "" : " " + c.date().start() + ".."
                        + c.date().end() + " " + c.date().role().wire()))
                .toList();
    }

    @Test
    void anActionDoesNotReachIntoAnotherStatement() {
        assertThat(counts("Aid agencies say that some 5,000 residents have fled the valley over the past month, and that"
                + " about 40,000 people lack clean water, among them 12,000 children.", Language.EN, "2025-10-20"))
                .containsExactly("displaced 5000 2025-09-01..2025-09-30 event");
        assertThat(counts("وذكرت منظمات إغاثة أن آلاف السكان نزحوا من الوادي خلال الشهر الماضي، وأن قرابة أربعين ألف شخص"
                + " يفتقرون إلى مياه الشرب، بينهم اثنا عشر ألف طفل.", Language.AR, "2025-10-20"))
                .containsExactly("displaced 2000 2025-09-01..2025-09-30 event");
    }

    @Test
    void thePartsOfAToll() {
        // the part still goes to the whole it follows, and "of them" after a complementiser to the wounded before
        assertThat(counts("قتل سبعة أشخاص، بينهم طفلان، في قصف على البلدة أمس.", Language.AR, "2025-10-20"))
                .containsExactly("killed 7 2025-10-19..2025-10-19 event", "killed 2 part 2025-10-19..2025-10-19 event");
    }

    @Test
    void noCountHappensAfterPublication() {
        // "بعد ثلاثة أسابيع" reads as three weeks ahead: the earlier raid gets no date of its own, and none after publication
        assertThat(counts("وجاء القصف بعد ثلاثة أسابيع من غارة مماثلة أسفرت عن مقتل تسعة مدنيين.", Language.AR, "2025-10-20"))
                .containsExactly("killed 9");
    }

    @Test
    void anEventCountSinceTheStartOfTheYearDatesNoCount() {
        assertThat(counts("The shelling comes ten days after a similar one killed eight fishermen, and is the fourth such"
                + " attack since the start of the year.", Language.EN, "2025-10-20"))
                .containsExactly("killed 8");
        assertThat(counts("وجاء القصف بعد عشرة أيام من قصف مماثل أسفر عن مقتل ثمانية صيادين، وهو الرابع من نوعه منذ مطلع العام.",
                Language.AR, "2025-10-20")).containsExactly("killed 8");
    }

    @Test
    void aSinceClauseAfterAnEventCountDatesNothing() {
        assertThat(dateClaims("The president chaired a security meeting on Sunday, the 14th since he took office eight years ago.",
                Language.EN, "2025-10-20")).doesNotContain("2017-10-20..2017-10-20");
        assertThat(dateClaims("ترأس الرئيس اجتماعا أمنيا يوم الأحد، هو الرابع عشر منذ توليه منصبه قبل ثماني سنوات.",
                Language.AR, "2025-10-20")).doesNotContain("2017-10-20..2017-10-20");
        // a day named in such a clause is that clause's event (dev7-en-005)
        assertThat(dateClaims("It was the second raid on the port since a fuel depot was bombed on Jan. 9.",
                Language.EN, "2026-02-02")).containsExactly("2026-01-09..2026-01-09");
    }

    @Test
    void aDateAmongReportedWordsIsTheEvents() {
        assertThat(counts("Storms that swept the coast over the past three days killed six people.", Language.EN, "2025-10-20"))
                .containsExactly("killed 6 2025-10-17..2025-10-19 event");
        assertThat(counts("أعلنت الشرطة أنها فككت عبوة ناسفة قرب السوق صباح الأحد، وأن ثلاثة من عناصرها أصيبوا بجروح طفيفة.",
                Language.AR, "2025-10-20")).containsExactly("wounded 3 2025-10-19..2025-10-19 event");
    }

    /**
     * "overnight Tuesday" is the night from Tuesday into Wednesday (dev31's B3, dev31-en-005), which the count carries; not
     * the night before publication that "overnight" alone is, which would leave a date claim of its own.
     */
    @Test
    void overnightWithAWeekdayIsTheNightThatBeginsOnIt() {
        String text = "Gunmen raided a farming village in Katsina state overnight Sunday, killing seven people and "
                + "abducting 23, local officials said.";
        assertThat(counts(text, Language.EN, "2026-03-10"))
                .containsExactly("killed 7 2026-03-08..2026-03-09 event", "kidnapped 23 2026-03-08..2026-03-09 event");
        assertThat(dateClaims(text, Language.EN, "2026-03-10")).isEmpty();
        assertThat(counts("Militants shelled the port overnight, killing four dockworkers.", Language.EN, "2026-03-10"))
                .containsExactly("killed 4 2026-03-09..2026-03-10 event");
    }

    /**
     * One night told by its two ends, «ليل السبت وفجر الأحد» or "late on Saturday and early on Sunday", dates the counts of its
     * sentence as one span, as "overnight" does (rule 17), and leaves no date claim for the morning (item 19 of blind11's
     * adjudication).
     */
    @Test
    void aNightToldByItsTwoEndsIsOneSpan() {
        String ar = "وأوقفت قوات الأمن ١٥ مشتبهاً بهم ليل الجمعة وفجر السبت في حملة دهم بضواحي المدينة.";
        assertThat(counts(ar, Language.AR, "2026-05-25")).containsExactly("arrested 15 2026-05-22..2026-05-23 event");
        assertThat(dateClaims(ar, Language.AR, "2026-05-25")).isEmpty();
        String en = "Security forces detained 15 suspects in raids on the city's outskirts late on Friday and early on Saturday.";
        assertThat(counts(en, Language.EN, "2026-05-25")).containsExactly("arrested 15 2026-05-22..2026-05-23 event");
        assertThat(dateClaims(en, Language.EN, "2026-05-25")).isEmpty();
    }
}
