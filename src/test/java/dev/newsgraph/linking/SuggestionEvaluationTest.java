package dev.newsgraph.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.newsgraph.ingest.ArticleParser;
import dev.newsgraph.ingest.ParsedArticle;

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
     * What the finder reaches on the held-out part (h21–h28, measured once after round 7: docs/suggestions.md),
     * rounded down and kept as floors: both the precision and the recall reached are below their targets.
     */
    private static final double HELD_OUT_PRECISION_REACHED = 0.72;
    private static final double HELD_OUT_RECALL_REACHED = 0.69;
    /** What it reaches on the tuning part (t01–t37, docs/suggestions.md), kept as floors against regressions. */
    private static final double TUNING_PRECISION_REACHED = 0.98;
    private static final double TUNING_RECALL_REACHED = 0.95;

    private final SuggestionFinder finder = new SuggestionFinder();

    /** One organization a reader expects, under any of its accepted spellings (lower-cased). */
    private record Expected(Set<String> spellings) {
    }

    /** An article with its labels. */
    private record LabelledArticle(String name, ParsedArticle article, List<Expected> expected, List<String> known,
                                   Set<String> rejected) {
    }

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
        assumeTrue(folder("held-out") != null && !load("held-out").isEmpty(), "no held-out articles yet");
        Score score = evaluate("held-out", Boolean.getBoolean("suggestions.details"));
        assertEquals(0, score.knownSuggested(), "known organizations are mentions, never suggestions");
        assertEquals(0, score.knownMissed(), "every known organization in the text is found as a mention");
        // the floors are what h21–h28 reached, measured once with the round 7 finder (both targets missed)
        assertTrue(score.precision() >= HELD_OUT_PRECISION_REACHED, "held-out precision " + score.precision()
                + " (target " + HELD_OUT_PRECISION_TARGET + ")");
        assertTrue(score.recall() >= HELD_OUT_RECALL_REACHED, "held-out recall " + score.recall()
                + " (target " + HELD_OUT_RECALL_TARGET + ")");
    }

    private Score evaluate(String part, boolean printErrors) {
        List<LabelledArticle> articles = load(part);
        assertTrue(articles.size() >= (part.equals("tuning") ? 6 : 1), "the " + part + " part holds its articles");
        int suggested = 0;
        int correct = 0;
        int expected = 0;
        int found = 0;
        int knownSuggested = 0;
        int knownMissed = 0;
        List<String> errors = new ArrayList<>();
        for (LabelledArticle labelled : articles) {
            Gazetteer gazetteer = gazetteer(labelled.known());
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
                boolean right = labelled.expected().stream().anyMatch(e -> e.spellings().contains(name));
                correct += right ? 1 : 0;
                articleCorrect += right ? 1 : 0;
                if (!right) {
                    errors.add(labelled.name() + ": wrong " + name + (labelled.rejected().contains(name) ? " (rejected)" : ""));
                }
            }
            for (Expected organization : labelled.expected()) {
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

    private static Gazetteer gazetteer(List<String> known) {
        List<OrganizationNames> organizations = new ArrayList<>();
        for (int i = 0; i < known.size(); i++) {
            organizations.add(OrganizationNames.of(i + 1, known.get(i)));
        }
        return Gazetteer.build(organizations);
    }

    private static List<LabelledArticle> load(String part) {
        try (Stream<Path> files = Files.list(folder(part))) {
            List<LabelledArticle> articles = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".md", "");
                articles.add(labelled(name, new ArticleParser().parse(Files.readAllBytes(file)),
                        Files.readAllLines(file.resolveSibling(name + ".labels"))));
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LabelledArticle labelled(String name, ParsedArticle article, List<String> lines) {
        List<Expected> expected = new ArrayList<>();
        List<String> known = new ArrayList<>();
        Set<String> rejected = new HashSet<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (line.isBlank() || line.startsWith("#") || colon < 0) {
                continue;
            }
            String value = line.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (line.substring(0, colon).trim()) {
                case "expect" -> expected.add(new Expected(
                        new HashSet<>(Arrays.stream(value.split("\\|")).map(String::trim).toList())));
                case "known" -> known.add(value);
                case "reject" -> rejected.add(value);
                default -> throw new IllegalArgumentException(name + ": unknown label line " + line);
            }
        }
        return new LabelledArticle(name, article, expected, known, rejected);
    }

    private static Path folder(String part) {
        URL url = SuggestionEvaluationTest.class.getClassLoader().getResource("suggestions/" + part);
        if (url == null) {
            return null;
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
