package dev.newsgraph.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Measures the suggestion finder on the labelled articles of src/test/resources/suggestions/:
 * precision and recall per part, micro-averaged over the part's articles. The held-out part was
 * written and labelled before the finder was changed for it and is never tuned on; its errors are printed only
 * with -Dsuggestions.details=true.
 */
class SuggestionEvaluationTest {

    private static final double HELD_OUT_RECALL_TARGET = 0.85;
    private static final double HELD_OUT_PRECISION_TARGET = 0.8;
    /**
     * What the learnt model of round 10, trained on t01–t69, reaches on the held-out part (h53–h60, written blind and
     * measured once: docs/suggestions.md), rounded down and kept as floors: both meet their targets.
     */
    private static final double HELD_OUT_PRECISION_REACHED = 0.85;
    private static final double HELD_OUT_RECALL_REACHED = 0.89;
    /**
     * What the model chosen by leave-one-part-out (round 10, trained on t01–t69) reaches on the tuning part
     * (docs/suggestions.md), kept as floors against regressions.
     */
    private static final double TUNING_PRECISION_REACHED = 0.89;
    private static final double TUNING_RECALL_REACHED = 0.92;

    private final SuggestionFinder finder = new SuggestionFinder();

    /** Totals for one part of the set. */
    private record Score(int suggested, int correct, int expected, int found, int knownSuggested, int knownMissed,
                         List<String> errors) {
        double precision() {
            return suggested == 0 ? 1.0 : (double) correct / suggested;
        }

        double recall() {
            return expected == 0 ? 1.0 : (double) found / expected;
        }
    }

    @Test
    void tuningPartKeepsWhatItReachesAndKnownNamesStayMentions() {
        Score score = evaluate("tuning", true);
        assertEquals(0, score.knownSuggested(), "known organizations are mentions, never suggestions");
        assertEquals(0, score.knownMissed(), "every known organization in the text is found as a mention");
        assertTrue(score.recall() >= TUNING_RECALL_REACHED, "tuning recall " + score.recall());
        assertTrue(score.precision() >= TUNING_PRECISION_REACHED, "tuning precision " + score.precision());
    }

    @Test
    void heldOutPartKeepsThePrecisionAndRecallReached() {
        // between moving a looked-at held-out part to tuning/ and committing a fresh one, the folder is empty
        assumeTrue(LabelledSuggestions.folder("held-out") != null && !LabelledSuggestions.load("held-out").isEmpty(), "no held-out articles yet");
        Score score = evaluate("held-out", Boolean.getBoolean("suggestions.details"));
        assertEquals(0, score.knownSuggested(), "known organizations are mentions, never suggestions");
        assertEquals(0, score.knownMissed(), "every known organization in the text is found as a mention");
        // the floors are what h53–h60 reached, measured once with the round 10 model trained on t01–t69 (both targets met)
        assertTrue(score.precision() >= HELD_OUT_PRECISION_REACHED, "held-out precision " + score.precision()
                + " (target " + HELD_OUT_PRECISION_TARGET + ")");
        assertTrue(score.recall() >= HELD_OUT_RECALL_REACHED, "held-out recall " + score.recall()
                + " (target " + HELD_OUT_RECALL_TARGET + ")");
    }

    private Score evaluate(String part, boolean printErrors) {
        List<LabelledSuggestions.LabelledArticle> articles = LabelledSuggestions.load(part);
        assertTrue(articles.size() >= (part.equals("tuning") ? 6 : 1), "the " + part + " part holds its articles");
        int suggested = 0;
        int correct = 0;
        int expected = 0;
        int found = 0;
        int knownSuggested = 0;
        int knownMissed = 0;
        List<String> errors = new ArrayList<>();
        for (LabelledSuggestions.LabelledArticle labelled : articles) {
            Gazetteer gazetteer = labelled.gazetteer();
            Gazetteer.Scan scan = gazetteer.scan(labelled.article().title(), labelled.article().body());
            Set<String> names = new HashSet<>();
            finder.find(scan).forEach(suggestion -> names.add(suggestion.name().toLowerCase(Locale.ROOT)));
            Set<String> mentioned = new HashSet<>();
            Gazetteer.link(scan).forEach(hit -> mentioned.add(gazetteer.nameOf(hit.organizationId()).toLowerCase(Locale.ROOT)));
            for (String known : labelled.known()) {
                knownSuggested += names.contains(known) ? 1 : 0;
                knownMissed += mentioned.contains(known) ? 0 : 1;
            }
            int articleCorrect = 0;
            int articleFound = 0;
            suggested += names.size();
            for (String name : names) {
                boolean right = labelled.isExpected(name);
                correct += right ? 1 : 0;
                articleCorrect += right ? 1 : 0;
                if (!right) {
                    errors.add(labelled.name() + ": wrong " + name + (labelled.rejected().contains(name) ? " (rejected)" : ""));
                }
            }
            for (LabelledSuggestions.Expected organization : labelled.expected()) {
                expected++;
                boolean hit = organization.spellings().stream().anyMatch(names::contains);
                found += hit ? 1 : 0;
                articleFound += hit ? 1 : 0;
                if (!hit) {
                    errors.add(labelled.name() + ": missed " + organization.spellings());
                }
            }
            if (part.equals("held-out")) {
                // totals per article only: which names were missed or wrong stays unprinted unless asked for
                System.out.printf(Locale.ROOT, "  %s: precision %d/%d, recall %d/%d%n", labelled.name(),
                        articleCorrect, names.size(), articleFound, labelled.expected().size());
            }
        }
        Score score = new Score(suggested, correct, expected, found, knownSuggested, knownMissed, errors);
        System.out.printf(Locale.ROOT, "suggestions %s: %d articles, precision %.3f (%d/%d), recall %.3f (%d/%d)%n",
                part, articles.size(), score.precision(), correct, suggested, score.recall(), found, expected);
        if (printErrors) {
            errors.forEach(error -> System.out.println("  " + error));
        }
        return score;
    }
}
