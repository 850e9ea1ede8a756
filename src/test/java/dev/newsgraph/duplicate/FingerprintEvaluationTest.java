package dev.newsgraph.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The detector on the labelled set in {@code duplicates/stories.txt}: every pair of versions of one
 * story must be found (recall), and no two distinct stories, however close their topic (precision).
 * Results are reported in docs/duplicates.md.
 */
class FingerprintEvaluationTest {

    static Map<String, String> stories() throws IOException {
        Map<String, String> bodies = new LinkedHashMap<>();
        try (InputStream in = FingerprintEvaluationTest.class.getResourceAsStream("/duplicates/stories.txt")) {
            String name = null;
            StringBuilder body = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("=== ")) {
                    if (name != null) {
                        bodies.put(name, body.toString().strip());
                    }
                    name = line.substring(4).strip();
                    body.setLength(0);
                } else {
                    body.append(line).append('\n');
                }
            }
            bodies.put(name, body.toString().strip());
        }
        return bodies;
    }

    private static String story(String version) {
        return version.substring(0, version.indexOf('/'));
    }

    private static String topic(String version) {
        return version.substring(0, version.indexOf('-'));
    }

    @Test
    void findsEveryRewriteAndNoDistinctStory() throws IOException {
        Map<String, String> bodies = stories();
        List<String> names = new ArrayList<>(bodies.keySet());
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        int sameTopicNegatives = 0;
        double lowestSame = 1;
        double highestDistinct = 0;
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                Fingerprint a = Fingerprint.of(bodies.get(names.get(i)));
                Fingerprint b = Fingerprint.of(bodies.get(names.get(j)));
                boolean same = story(names.get(i)).equals(story(names.get(j)));
                boolean found = a.sameStory(b) && shareABand(a, b);
                double similarity = a.similarity(b);
                if (same) {
                    lowestSame = Math.min(lowestSame, similarity);
                    truePositives += found ? 1 : 0;
                    falseNegatives += found ? 0 : 1;
                } else {
                    highestDistinct = Math.max(highestDistinct, similarity);
                    falsePositives += found ? 1 : 0;
                    sameTopicNegatives += topic(names.get(i)).equals(topic(names.get(j))) ? 1 : 0;
                }
            }
        }
        double precision = truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        double recall = (double) truePositives / (truePositives + falseNegatives);
        System.out.printf("near-duplicates: %d rewrite pairs, %d distinct same-topic pairs; precision %.2f, recall %.2f;"
                + " lowest rewrite similarity %.2f, highest distinct %.2f%n", truePositives + falseNegatives,
                sameTopicNegatives, precision, recall, lowestSame, highestDistinct);
        assertEquals(8, truePositives + falseNegatives, "the set's rewrite pairs");
        assertTrue(recall >= 1.0, "recall " + recall);
        assertTrue(precision >= 1.0, "precision " + precision);
    }

    private static boolean shareABand(Fingerprint a, Fingerprint b) {
        long[] x = a.bandKeys();
        long[] y = b.bandKeys();
        for (int band = 0; band < x.length; band++) {
            if (x[band] == y[band]) {
                return true;
            }
        }
        return false;
    }

    @Test
    void identicalBodiesAreTheSameAndSurviveStorage() throws IOException {
        String body = stories().get("bank-fine/a");
        Fingerprint fingerprint = Fingerprint.of(body);
        assertEquals(1.0, fingerprint.similarity(Fingerprint.of(body.toUpperCase())));
        assertEquals(fingerprint, Fingerprint.decode(fingerprint.encode()));
        assertTrue(fingerprint.encode().length() <= 400, "fits its column");
    }

    @Test
    void shortBodiesAreNotFingerprinted() {
        assertNull(Fingerprint.of("Symantec said something today. CNN covered it at length."));
        assertNotNull(Fingerprint.of("word ".repeat(Fingerprint.MIN_WORDS)));
    }
}
