package dev.newsgraph.search;

import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.newsgraph.demo.DemoWorld;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The start's search backfill: skipped after one plain SQL question when every node has its search
 * row (the usual start), and still indexing the nodes written without one (bulk SQL, an old database).
 */
@QuarkusTest
class SearchBackfillTest {

    private static final String SEARCH = "query($text: String!) { search(text: $text, first: 50) {"
            + " __typename ... on Organization { name } ... on Article { title } } }";

    @Inject
    SearchIndexer indexer;

    @Inject
    DemoWorld world;

    @Inject
    DataSource dataSource;

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    @Test
    void nodesWithoutSearchTextAreIndexedAtStartAndAStartWithNoneSkipsTheWork() throws SQLException {
        assertFalse(indexer.anyUnindexed(), "the demo world is indexed as it is written");
        execute("delete from organization_search where organization_id in (select id from organization where name = 'McAfee')");
        execute("delete from article_search");
        assertTrue(indexer.anyUnindexed());

        indexer.onStart(null);

        assertFalse(indexer.anyUnindexed());
        query(SEARCH, Map.of("text", "mcafee")).body("data.search.name", hasItem("McAfee"));
        query(SEARCH, Map.of("text", "kaspersky")).body("data.search.__typename", hasItem("Article"));
    }

    @Test
    void theDemoCheckSeesTheLoadedWorld() {
        assertFalse(world.isEmpty());
    }
}
