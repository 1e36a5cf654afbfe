package org.corroborate.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.gazetteer.ShippedGazetteer.GAZETTEER;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/** Lookup structures are built once, so a long article costs about a map lookup per word. */
class GazetteerSpeedTest {

    private static final String SENTENCE = "قالت وزارة الداخلية العراقية إن ثلاثة جنود أميركيين قتلوا وأصيب عشرون آخرون في هجوم "
            + "شنه تنظيم داعش على قاعدة قرب الموصل شمالي العراق بعد اشتباكات في تدمر وريف حلب ";

    @Test
    void findsPlacesEntitiesAndNationalitiesInAThousandWordArticleWithinAMillisecondOrSo() {
        String article = SENTENCE.repeat(1000 / SENTENCE.split(" ").length + 1);
        assertThat(article.split(" ").length).isGreaterThanOrEqualTo(1000);
        for (int i = 0; i < 1500; i++) {
            scan(article); // let the JIT compile the matcher before timing it
        }
        int runs = 300;
        long start = System.nanoTime();
        int found = 0;
        for (int i = 0; i < runs; i++) {
            found += scan(article);
        }
        double millis = (System.nanoTime() - start) / 1e6 / runs;
        assertThat(found).isPositive();
        // Generous bound against noisy CI machines; measured well under one millisecond per pass.
        System.err.printf("gazetteer: %.3f ms per 1,000-word article (places, entities, nationalities)%n", millis);
        assertThat(millis).as("ms per article").isLessThan(5.0);
    }

    private static int scan(String article) {
        return GAZETTEER.findPlaces(article, Language.AR).size() + GAZETTEER.findEntities(article, Language.AR).size()
                + GAZETTEER.findNationalities(article, Language.AR).size();
    }
}
