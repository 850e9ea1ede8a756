package dev.newsgraph.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphFixtures;
import dev.newsgraph.graphql.GlobalId;
import dev.newsgraph.graphql.NodeType;
import io.quarkus.test.junit.QuarkusTest;

/**
 * When more stored articles share a band key with a new one than the candidate cap admits (a stock phrase's
 * key can be shared by thousands), the candidates checked are the articles sharing the most band keys with
 * it, not whichever the index yields first (H2 and PostgreSQL alike).
 */
@QuarkusTest
class CandidateOrderTest {

    @Inject
    DataSource dataSource;

    @Test
    void underTheCapTheArticlesSharingTheMostBandsComeFirst() throws Exception {
        Fingerprint probe = Fingerprint.of("The probe article of the candidate order test, about a harbour strike in"
                + " a coastal town and the unions that called it off after three days of talks.");
        long[] keys = java.util.Arrays.stream(probe.bandKeys()).distinct().toArray();
        // created in this order, so the lowest id shares the fewest keys
        long one = stored("Order shares one", "A body about a county fair and its prize-winning pumpkins this year, the judges who weighed them at dawn,"
                + " the farmers who grew them in wet fields and the crowd that cheered the winner at noon.");
        long five = stored("Order shares five", "A body about a new tram line and the streets it will close next spring, the shops that fear a quiet"
                + " summer, the council that voted for it last week and the engineers who drew its route.");
        long three = stored("Order shares three", "A body about a library that reopened after its roof was mended, the readers who queued before the doors"
                + " opened, the volunteers who moved its books twice and the mayor who cut a ribbon outside.");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            shareKeys(connection, one, keys, 1);
            shareKeys(connection, five, keys, 5);
            shareKeys(connection, three, keys, 3);
            try (StoryStatements statements = new StoryStatements(connection)) {
                // which articles, not in which order: the join after the ranking keeps no order
                Set<Long> ids = statements.candidates(-1, probe, 2).stream()
                        .map(StoryStatements.Candidate::id).collect(Collectors.toSet());
                assertEquals(Set.of(five, three), ids);
            }
            try (StoryStatements statements = new StoryStatements(connection)) { // its statement keeps its first cap
                assertEquals(Set.of(five, three, one), statements.candidates(-1, probe, 200).stream()
                        .map(StoryStatements.Candidate::id).filter(id -> id == one || id == three || id == five)
                        .collect(Collectors.toSet()));
            }
            connection.rollback();
        }
    }

    private static long stored(String title, String body) {
        return GlobalId.rowId(GraphFixtures.article(title, body, "2031-04-01T10:00:00Z", null), NodeType.ARTICLE);
    }

    /** Replaces the (fingerprinted: 25 words and more) article's band keys by the first {@code count} of {@code keys}. */
    private static void shareKeys(Connection connection, long articleId, long[] keys, int count) throws Exception {
        try (PreparedStatement delete = connection.prepareStatement("delete from article_band where article_id = ?")) {
            delete.setLong(1, articleId);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into article_band (band_key, article_id) values (?, ?)")) {
            for (int i = 0; i < count; i++) {
                insert.setLong(1, keys[i]);
                insert.setLong(2, articleId);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
