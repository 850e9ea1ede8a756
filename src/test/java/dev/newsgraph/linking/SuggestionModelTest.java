package dev.newsgraph.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The committed weights are what training on the tuning part gives, and the model's leave-one-part-out and
 * leave-one-article-out estimates stay where they were measured. {@code -Dsuggestions.train=true} writes the retrained file instead of
 * failing (then rebuild so that the service reads it).
 */
class SuggestionModelTest {

    private static final Path COMMITTED = Path.of("src/main/resources", SuggestionModel.RESOURCE);
    /** Leave-one-part-out on t38–t69 with the chosen setting (docs/suggestions.md), rounded down. */
    private static final double PART_PRECISION = 0.85;
    private static final double PART_RECALL = 0.86;
    /** Leave-one-article-out on t01–t69 with the chosen setting (docs/suggestions.md), rounded down. */
    private static final double CROSS_VALIDATED_PRECISION = 0.88;
    private static final double CROSS_VALIDATED_RECALL = 0.91;

    @Test
    void committedWeightsAreWhatTrainingOnTheTuningPartGives() throws IOException {
        // given
        List<SuggestionModelTrainer.ArticleNames> tuning = SuggestionModelTrainer.names(LabelledSuggestions.load("tuning"));
        // when
        SuggestionModelTrainer.Training training = SuggestionModelTrainer.train(tuning);
        // then
        training.tried().forEach(totals -> System.out.println("  leave-one-part-out " + totals));
        System.out.println("suggestion model, chosen by leave-one-part-out: " + training.chosen());
        SuggestionModelTrainer.Totals crossValidated = SuggestionModelTrainer.leaveOneArticleOut(tuning, training);
        System.out.println("suggestion model, leave-one-article-out on the tuning part: " + crossValidated);
        System.out.println("suggestion model, fitted on the whole tuning part: " + SuggestionModelTrainer.fitted(tuning, training));
        List<SuggestionModelTrainer.Totals> parts = SuggestionModelTrainer.leaveOnePartOut(tuning, training);
        for (int i = 0; i < SuggestionModelTrainer.BLIND_PARTS.length; i++) {
            int[] part = SuggestionModelTrainer.BLIND_PARTS[i];
            System.out.println("suggestion model, t" + part[0] + "–t" + part[1] + " from the articles before it: " + parts.get(i));
        }
        System.out.println("suggestion model, leave-one-part-out, the blind parts together: " + parts.get(parts.size() - 1));
        String retrained = training.model().toText();
        if (Boolean.getBoolean("suggestions.train")) {
            Files.writeString(COMMITTED, retrained, StandardCharsets.UTF_8);
        }
        assertEquals(retrained, Files.readString(COMMITTED, StandardCharsets.UTF_8),
                "retrain with -Dsuggestions.train=true instead of editing " + SuggestionModel.RESOURCE);
        assertTrue(training.chosen().precision() >= PART_PRECISION, training.chosen().toString());
        assertTrue(training.chosen().recall() >= PART_RECALL, training.chosen().toString());
        assertTrue(crossValidated.precision() >= CROSS_VALIDATED_PRECISION, crossValidated.toString());
        assertTrue(crossValidated.recall() >= CROSS_VALIDATED_RECALL, crossValidated.toString());
    }

    @Test
    void theServiceReadsTheCommittedWeights() throws IOException {
        // given
        SuggestionModel committed = SuggestionModel.parse(Files.readString(COMMITTED, StandardCharsets.UTF_8));
        // when / then
        assertEquals(committed.toText(), SuggestionModel.trained().toText());
    }
}
