package dev.newsgraph.linking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The learnt yes/no of SuggestionFinder: a logistic regression over one name's evidence (its form, the cues
 * around its sightings, how often and where it occurs). The weights are learnt from the labelled tuning
 * articles by the test-scope SuggestionModelTrainer and read from linking/suggestion-model.txt; a test retrains
 * and fails if the committed file differs, so the file is never edited by hand.
 */
final class SuggestionModel {

    static final String RESOURCE = "linking/suggestion-model.txt";
    /** The features, in the order SuggestionFinder computes them. */
    static final List<String> FEATURES = List.of("bias", "organizational-word", "organization-cue", "person-cue",
            "given-name-start", "corporate-verb", "speech-verb", "single-word-speech-verb", "its-after-verb",
            "product-cue", "the-before", "multi-word-after-the-mid-sentence", "single-word", "three-or-more-words",
            "acronym", "inner-capital-or-ampersand-initials", "log-sightings", "repeated-once-mid-sentence",
            "sentence-start-share", "also-in-lower-case", "place-or-common-abbreviation", "surname-of-a-person",
            "cue-noun-alone", "given-name-alone", "grouped", "grouped-with-organizational-form", "plural-opener",
            "only-after-in", "ends-a-longer-name", "in-title", "verb-like-word-after", "preposition-before", "two-words",
            "digit", "well-known-name", "trade-word-last");

    private static final SuggestionModel TRAINED = load();

    private final double[] weights;
    private final double threshold;
    private final double regularization;

    SuggestionModel(double[] weights, double threshold, double regularization) {
        if (weights.length != FEATURES.size()) {
            throw new IllegalArgumentException("expected " + FEATURES.size() + " weights, got " + weights.length);
        }
        this.weights = weights.clone();
        this.threshold = threshold;
        this.regularization = regularization;
    }

    /** The model of linking/suggestion-model.txt. */
    static SuggestionModel trained() {
        return TRAINED;
    }

    /** The probability that a name with these features is an organization a reader expects suggested. */
    double probability(double[] features) {
        return 1 / (1 + StrictMath.exp(-score(weights, features)));
    }

    boolean accepts(double[] features) {
        return probability(features) >= threshold;
    }

    static double score(double[] weights, double[] features) {
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * features[i];
        }
        return sum;
    }

    /** The file's text: rounded numbers, so that the same training always writes the same file. */
    String toText() {
        StringBuilder text = new StringBuilder();
        text.append("# Learnt by SuggestionModelTrainer (test scope) from the tuning part of src/test/resources/suggestions;\n")
                .append("# do not edit: SuggestionModelTest retrains and compares. See docs/suggestions.md.\n");
        text.append(String.format(Locale.ROOT, "threshold %.2f%n", threshold));
        text.append(String.format(Locale.ROOT, "regularization %.3f%n", regularization));
        for (int i = 0; i < weights.length; i++) {
            text.append(String.format(Locale.ROOT, "%s %.4f%n", FEATURES.get(i), weights[i]));
        }
        return text.toString();
    }

    static SuggestionModel parse(String text) {
        double threshold = Double.NaN;
        double regularization = Double.NaN;
        List<Double> weights = new ArrayList<>();
        for (String line : text.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\\s+");
            double value = Double.parseDouble(parts[1]);
            switch (parts[0]) {
                case "threshold" -> threshold = value;
                case "regularization" -> regularization = value;
                default -> {
                    if (!parts[0].equals(FEATURES.get(weights.size()))) {
                        throw new IllegalStateException("unexpected feature " + parts[0] + " in " + RESOURCE);
                    }
                    weights.add(value);
                }
            }
        }
        return new SuggestionModel(weights.stream().mapToDouble(Double::doubleValue).toArray(), threshold, regularization);
    }

    private static SuggestionModel load() {
        try (InputStream in = SuggestionModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
