package dev.newsgraph.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * it, not whichever the index yields first (H2 and PostgreSQL alike); and a key shared by more articles than the
 * stop-key threshold finds none of them, while the keys it shares with a rewrite still find that one.
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
            try (StoryStatements statements = new StoryStatements(connection, new StopKeys())) {
                // which articles, not in which order: the join after the ranking keeps no order
                Set<Long> ids = statements.candidates(-1, probe, 2).stream()
                        .map(StoryStatements.Candidate::id).collect(Collectors.toSet());
                assertEquals(Set.of(five, three), ids);
            }
            try (StoryStatements statements = new StoryStatements(connection, new StopKeys())) { // its statement keeps its first cap
                assertEquals(Set.of(five, three, one), statements.candidates(-1, probe, 200).stream()
                        .map(StoryStatements.Candidate::id).filter(id -> id == one || id == three || id == five)
                        .collect(Collectors.toSet()));
            }
            connection.rollback();
        }
    }

    @Test
    void aKeySharedByMoreArticlesThanTheThresholdFindsNoneOfThem() throws Exception {
        Fingerprint probe = Fingerprint.of("The probe article of the stop key test, about a ferry that ran aground on a"
                + " sandbank at low tide and the crew who waited six hours for the water to lift it off again.");
        long[] keys = java.util.Arrays.stream(probe.bandKeys()).distinct().toArray();
        long[] common = new long[3];
        for (int i = 0; i < common.length; i++) {
            common[i] = stored("Stop key shares one " + i, "A body about the weather on day " + i + " of the harvest, the rain that"
                    + " came in from the west before noon, the farmers who left their fields early and the roads that flooded.");
        }
        long rewrite = stored("Stop key shares four", "A body about a bridge that was painted again this summer, the painters"
                + " who hung from ropes above the river, the traffic that crawled past them and the colour the town chose.");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (long article : common) {
                shareKeys(connection, article, keys, 1); // the first key only: three articles share it
            }
            shareKeys(connection, rewrite, keys, 4); // the first four keys
            Set<Long> ours = Set.of(rewrite, common[0], common[1], common[2]);
            StopKeys stopKeys = new StopKeys(3);
            try (StoryStatements statements = new StoryStatements(connection, stopKeys)) {
                assertEquals(Set.of(rewrite), candidateIds(statements, probe, ours),
                        "four articles share the first key, more than 3: it finds none; the other three keys still count");
            }
            assertTrue(stopKeys.isStop(keys[0]));
            assertFalse(stopKeys.isStop(keys[1]));
            try (StoryStatements statements = new StoryStatements(connection, stopKeys)) {
                assertEquals(Set.of(rewrite), candidateIds(statements, probe, ours), "once learned, the stop key stays left out");
            }
            try (StoryStatements statements = new StoryStatements(connection, new StopKeys(4))) {
                assertEquals(ours, candidateIds(statements, probe, ours), "with a threshold of 4 the key finds its four articles");
            }
            connection.rollback();
        }
    }

    /** The candidates among {@code ours} (other tests' articles may share a key by chance). */
    private static Set<Long> candidateIds(StoryStatements statements, Fingerprint probe, Set<Long> ours) throws Exception {
        return statements.candidates(-1, probe, 200).stream().map(StoryStatements.Candidate::id).filter(ours::contains)
                .collect(Collectors.toSet());
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
