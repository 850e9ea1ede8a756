package dev.newsgraph.event;

import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** `events(filter:)` with `and`/`or`/`not` and list fields, paged by date, with exact totals. */
@QuarkusTest
class EventFilterApiTest {

    private static final String PAGE = "query($f: EventFilter, $after: String, $first: Int) {"
            + " events(filter: $f, first: $first, after: $after) { totalCount"
            + " pageInfo { hasNextPage endCursor } edges { node { title } } } }";

    private static String actor;
    private static String target;

    @BeforeEach
    void threeEvents() {
        if (actor != null) {
            return;
        }
        actor = GraphFixtures.organization("Qzevent Actor");
        target = GraphFixtures.organization("Qzevent Target");
        String ban = GraphFixtures.event("Qzevent ban", "BAN", "2023-01-10", "DAY");
        String suit = GraphFixtures.event("Qzevent lawsuit", "LAWSUIT", "2023-02-10", "DAY");
        GraphFixtures.event("Qzevent ruling", "RULING", "2023-03-10", "DAY");
        GraphFixtures.participant(ban, actor, "ACTOR");
        GraphFixtures.participant(suit, target, "TARGET");
    }

    private static List<String> titles(Map<String, Object> condition) {
        Map<String, Object> filter = Map.of("text", "Qzevent", "and", List.of(condition));
        return query(PAGE, Map.of("f", filter, "first", 100)).body("errors", nullValue())
                .extract().path("data.events.edges.node.title");
    }

    @Test
    void kindsMatchAnyKind() {
        assertThat(titles(Map.of("kinds", List.of("BAN", "RULING"))), contains("Qzevent ruling", "Qzevent ban"));
    }

    @Test
    void notAnyOfTheseParticipants() {
        assertThat(titles(Map.of("not", Map.of("organizationIds", List.of(actor, target)))), contains("Qzevent ruling"));
        assertThat(titles(Map.of("organizationIds", List.of(actor, target))), contains("Qzevent lawsuit", "Qzevent ban"));
    }

    @Test
    void notOfATextKeepsEventsWithoutADescription() {
        assertThat(titles(Map.of("not", Map.of("text", "no such words"))),
                contains("Qzevent ruling", "Qzevent lawsuit", "Qzevent ban"));
    }

    @Test
    void orOfADateRangeAndAParticipant() {
        assertThat(titles(Map.of("or", List.of(Map.of("from", "2023-03-01"), Map.of("organizationId", actor)))),
                contains("Qzevent ruling", "Qzevent ban"));
    }

    @Test
    void combinedFilterPagesWithAnExactTotal() {
        Map<String, Object> filter = Map.of("text", "Qzevent", "or", List.of(Map.of("kinds", List.of("BAN", "LAWSUIT")),
                Map.of("to", "2023-03-31")));
        JsonPath first = query(PAGE, Map.of("f", filter, "first", 2)).body("errors", nullValue())
                .body("data.events.totalCount", equalTo(3))
                .body("data.events.pageInfo.hasNextPage", equalTo(true))
                .body("data.events.edges.node.title", contains("Qzevent ruling", "Qzevent lawsuit"))
                .extract().jsonPath();
        query(PAGE, Map.of("f", filter, "first", 2, "after", first.getString("data.events.pageInfo.endCursor")))
                .body("errors", nullValue())
                .body("data.events.totalCount", equalTo(3))
                .body("data.events.pageInfo.hasNextPage", equalTo(false))
                .body("data.events.edges.node.title", contains("Qzevent ban"));
    }
}
