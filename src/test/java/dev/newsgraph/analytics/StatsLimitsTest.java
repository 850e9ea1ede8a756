package dev.newsgraph.analytics;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphFixtures;
import dev.newsgraph.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;

/** A facet that grows with the corpus lists its largest rows up to its bound, never the whole corpus. */
@QuarkusTest
class StatsLimitsTest {

    @Test
    void articlesPerSourceListsAtMostOneHundredSources() {
        GraphFixtures.batch(IntStream.range(0, 101).mapToObj(i -> "createArticle(input: {title: \"Sourceco story " + i
                + "\", body: \"Nothing to see.\", source: \"Sourceco outlet " + i + "\", publishedAt: \"1977-01-01T00:00:00Z\"}) { id }")
                .toList());
        GraphQLClient.query("{ stats { articlesPerSource(from: \"1977-01-01\", to: \"1977-01-01\") { source count } } }")
                .body("errors", nullValue())
                .body("data.stats.articlesPerSource", hasSize(100));
    }
}
