package dev.newsgraph.ingest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Locates the shared sample article beside the project (../shared/articles/); tests using it skip without it. */
public final class SampleArticles {

    private static final List<Path> SEED_CANDIDATES = List.of(
            Path.of("../shared/articles/kaspersky-us-shutdown.md"));

    private SampleArticles() {
    }

    /** The first readable copy of the Kaspersky sample, if any. */
    public static Optional<Path> seed() {
        return SEED_CANDIDATES.stream().filter(Files::isReadable).findFirst();
    }

    /** The sample's text, skipping the calling test when the file is not available here. */
    public static String seedTextOrSkip() {
        Optional<Path> seed = seed();
        assumeTrue(seed.isPresent(), "sample article not found; skipping");
        try {
            return Files.readString(seed.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the sample, skipping the calling test when the file is not available here. */
    public static ParsedArticle parsedSeedOrSkip() {
        Optional<Path> seed = seed();
        assumeTrue(seed.isPresent(), "sample article not found; skipping");
        try {
            return new ArticleParser().parse(Files.readAllBytes(seed.get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
