package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countDates;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Date kinds of round d29, seen in dev36 (the night desk) and dev37 (politics), each on sentences written for the test.
 */
class CourtAndForecastDaysTest {

    @Test
    void aChargesDayIsTheProsecutionsOwnEventAsAnIndictmentIs() {
        // the day the men were charged is a dated event of its own (dev21-en-009's gold); the killing keeps its month
        String charged = "Prosecutors in Accra on Thursday charged two soldiers with the killing of a student at a checkpoint in March.";
        assertThat(dateClaims(charged, Language.EN, "2026-05-12")).containsExactly("2026-05-07..2026-05-07");
        assertThat(countDates(charged, Language.EN, "2026-05-12")).containsOnly("2026-03-01..2026-03-31");
    }

    @Test
    void aCourtsDayIsItsOwnEventAndDatesNoCountOfTheIncidentRetold() {
        // the plea's day is a date claim; the crash's counts keep the crash's month
        String plea = "A bus driver charged over a collision that killed four people near the town of Mildura last October "
                + "pleaded guilty in a Melbourne court on Tuesday to dangerous driving.";
        assertThat(dateClaims(plea, Language.EN, "2026-05-12")).containsExactly("2026-05-12..2026-05-12");
        assertThat(countDates(plea, Language.EN, "2026-05-12")).containsOnly("2025-10-01..2025-10-31");
        // a verdict told by the court before its day
        String verdict = "A jury on Friday convicted a 41-year-old man over a 2024 stabbing at a bus station that killed one man "
                + "and wounded three others.";
        assertThat(dateClaims(verdict, Language.EN, "2026-06-19")).containsExactly("2026-06-19..2026-06-19");
        assertThat(countDates(verdict, Language.EN, "2026-06-19")).doesNotContain("2026-06-19..2026-06-19");
        String ruling = "قضت محكمة الجنايات في القاهرة، اليوم الأحد، بالسجن المشدد على خمسة متهمين في قضية انهيار عقار سكني في "
                + "حي المطرية في يناير الماضي، أسفر عن مقتل سبعة أشخاص.";
        assertThat(dateClaims(ruling, Language.AR, "2026-04-12")).containsExactly("2026-04-12..2026-04-12");
        assertThat(countDates(ruling, Language.AR, "2026-04-12")).containsOnly("2026-01-01..2026-01-31");
        // near case: a day an attack happened at a courthouse is the attack's, which its counts carry
        String attack = "A gunman opened fire outside a courthouse in the city of Lyon on Tuesday, killing two people.";
        assertThat(countDates(attack, Language.EN, "2026-03-10")).containsExactly("2026-03-10..2026-03-10");
        assertThat(dateClaims(attack, Language.EN, "2026-03-10")).isEmpty();
        // a crash month right before a plea is the crash's, not the plea's
        String before = "A driver whose lorry killed three cyclists last December pleaded guilty to causing death by dangerous driving.";
        assertThat(countDates(before, Language.EN, "2026-05-12")).containsOnly("2025-12-01..2025-12-31");
    }

    @Test
    void aWeatherForecastsDayIsNoDatedEvent() {
        // a forecast told in the past tense reads its day back, but it is still a forecast
        assertThat(dateClaims("Heavy rain flooded streets in the port city on Sunday, and more showers were expected through "
                + "Wednesday.", Language.EN, "2026-11-16")).containsExactly("2026-11-15..2026-11-15");
        assertThat(dateClaims("Freezing fog was forecast to linger across the valley until Friday.", Language.EN, "2026-01-20"))
                .isEmpty();
        assertThat(dateClaims("Temperatures will drop sharply on Friday, the weather service said.", Language.EN, "2026-01-20"))
                .isEmpty();
        assertThat(dateClaims("ويتوقع أن تنخفض درجات الحرارة بشكل ملحوظ يوم الجمعة المقبل مع هطول أمطار غزيرة.", Language.AR,
                "2026-01-20")).isEmpty();
        // a weather bulletin in the present tense: the weather as the subject before the day
        assertThat(dateClaims("يسود طقس حار ورطب معظم مناطق المملكة خلال عطلة نهاية الأسبوع، وتنشط الرياح الشمالية الغربية.",
                Language.AR, "2026-08-05")).isEmpty();
        assertThat(dateClaims("وتنخفض درجات الحرارة تدريجياً على المناطق الجبلية مع مطلع الأسبوع المقبل.", Language.AR, "2026-08-05"))
                .isEmpty();
        // near case: an event on a day whose weather was forecast keeps its day
        assertThat(dateClaims("وتعطلت حركة الملاحة في ميناء العقبة يوم الأحد بسبب الرياح القوية.", Language.AR, "2026-08-05"))
                .containsExactly("2026-08-02..2026-08-02");
        assertThat(dateClaims("Schools closed on Monday as more snow was expected.", Language.EN, "2026-01-20"))
                .containsExactly("2026-01-19..2026-01-19");
    }

    @Test
    void theStartAndTheEndOfOneEventAreOneStretch() {
        // a start verb and an end verb of one event ahead: one range
        assertThat(dateClaims("أعلنت الهيئة، اليوم الاثنين، أن حملة الدعاية الانتخابية ستنطلق يوم السبت 12 أيلول الجاري، وتنتهي في "
                + "منتصف ليلة يوم الخميس 24 أيلول.", Language.AR, "2026-09-07")).containsExactly("2026-09-12..2026-09-24");
        assertThat(dateClaims("The climate conference opens on Monday and ends on Thursday, organisers said.", Language.EN,
                "2026-11-05")).containsExactly("2026-11-09..2026-11-12");
        // a stretch opened today that runs on to a day ahead
        assertThat(dateClaims("وانطلقت، اليوم الثلاثاء في تونس، أعمال الدورة الجديدة للجنة المشتركة، تستمر إلى غاية يوم الخميس المقبل.",
                Language.AR, "2026-06-09")).containsExactly("2026-06-09..2026-06-11");
        // near cases: a statement's day is no start of the stretch it tells; a past event that lasted into another day keeps its day
        assertThat(dateClaims("وأعلنت الوزارة اليوم الثلاثاء أن امتحانات الثانوية العامة تستمر حتى يوم الخميس المقبل.", Language.AR,
                "2026-06-09")).doesNotContain("2026-06-09..2026-06-11");
        assertThat(dateClaims("واندلعت اشتباكات بين مجموعتين مسلحتين مساء السبت واستمرت حتى فجر الأحد في منطقة جنزور.", Language.AR,
                "2026-06-09")).containsExactly("2026-06-06..2026-06-06");
    }

    @Test
    void aDayNamedAgainInAnUndatedDirectQuotationIsTheSpeakers() {
        // the judge's "that night" is the night of the crime she tells of, not the night of the court's day
        assertThat(dateClaims("A Lyon court on Monday jailed a man for 15 years over a 2024 arson attack on a cafe. \"Only the "
                + "firefighters' speed saved lives that night,\" the presiding judge said as she read the verdict.", Language.EN,
                "2026-02-10")).containsExactly("2026-02-09..2026-02-09");
        // near case: the narrator's own day counted from the day named before stays a dated event
        assertThat(dateClaims("Rebels seized the town of Kalehe on Saturday. Government troops retook it the next day.",
                Language.EN, "2026-02-10")).contains("2026-02-08..2026-02-08");
    }

    @Test
    void aLikelyContestIsAForecast() {
        // published on 20 March 2026: a run-off told as likely is no dated event, neither this May nor last May
        String text = "Peruvians vote for a new president on Sunday, with surveys pointing to a likely run-off in May between the two "
                + "front-runners.";
        assertThat(dateClaims(text, Language.EN, "2026-03-20")).doesNotContain("2025-05-01..2025-05-31", "2026-05-01..2026-05-31");
        // the near case: a run-off fixed for its day is scheduled
        String fixed = "Peruvians vote for a new president on Sunday. The run-off is scheduled for May 24.";
        assertThat(dateClaims(fixed, Language.EN, "2026-03-20")).contains("2026-05-24..2026-05-24");
    }
}
