package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A counted group of one sentence, held in the next: "Police said three men opened fire on a checkpoint on Friday. They
 * were arrested on Sunday" is an arrest of three, of the earlier group's category, dated by its own sentence; "The men
 * were arrested …" and «وقد اعتُقلوا …» the same. Not when the sentence before counts two groups ("they" names neither),
 * nor when an arrest was already told in the paragraph.
 */
class BackReferencedGroupsTest {
    private static List<String> counts(String text, Language language) {
        return ExtractedClaims.claims(text, language, "2026-05-12").stream().filter(CountClaim.class::isInstance)
                .map(CountClaim.class::cast).map(c -> c.action().wire() + " " + c.count().value() + " "
                        + c.subject().category().name().toLowerCase() + "@"
                        + (c.date() == null ? "-" : c.date().start() + ".." + c.date().end())).toList();
    }

    @Test
    void theGroupOfTheSentenceBeforeIsHeld() {
        assertThat(counts("Police said three men opened fire on an army checkpoint on Friday. They were arrested on Sunday.",
                Language.EN)).containsExactly("arrested 3 people@2026-05-10..2026-05-10");
        assertThat(counts("Officials said four gunmen stormed a bank in the city centre in 2024. The gunmen were arrested in "
                + "March of last year.", Language.EN)).containsExactly("arrested 4 militants@2025-03-01..2025-03-31");
        assertThat(counts("وقالت الشرطة إن ثلاثة مسلحين هاجموا حاجزاً أمنياً يوم الجمعة. وقد اعتُقلوا يوم الأحد في مخبأ قرب الحدود.",
                Language.AR)).containsExactly("arrested 3 militants@2026-05-10..2026-05-10");
    }

    @Test
    void twoGroupsBeforeOrAnArrestToldBeforeGiveNone() {
        assertThat(counts("Two soldiers and three militants were seen near the border on Friday. They were arrested on Sunday.",
                Language.EN)).isEmpty();
        assertThat(counts("Police arrested three men on Friday. They were detained at a police station on Saturday.",
                Language.EN)).hasSize(1).allMatch(c -> c.startsWith("arrested 3 people@")); // the arrest told before, once
        assertThat(counts("Police said three men opened fire on a checkpoint on Friday. They arrested a guard.", Language.EN))
                .noneMatch(c -> c.startsWith("arrested 3")); // no passive: they did the arresting
        assertThat(counts("Three men opened fire on a checkpoint on Friday. They fled towards the hills.", Language.EN)).isEmpty();
        // what befell the group is told in its own sentence: a release, the capture after it no arrest
        assertThat(counts("The rebels released five police officers on Monday after holding them for a month. The officers "
                + "were captured on April 2 near a mountain road.", Language.EN)).noneMatch(c -> c.startsWith("arrested"));
    }
}
