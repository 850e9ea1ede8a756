package dev.newsgraph.event;

import static dev.newsgraph.GraphQLClient.asEditor;
import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphFixtures;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The links that make an event's plain lists stop at their bound: the write past it is refused as
 * LIMIT_EXCEEDED naming the list, and writes nothing.
 */
@QuarkusTest
class EventListLimitsTest {

    private static List<String> events(String prefix, int count) {
        return GraphFixtures.batch(IntStream.range(0, count).mapToObj(i -> "createEvent(input: {title: \"" + prefix + " " + i
                + "\", kind: OTHER, occurredOn: \"1975-01-" + String.format("%02d", i % 28 + 1) + "\"}) { id }").toList());
    }

    private static void refused(String mutation, Map<String, Object> variables, String limit, int max) {
        asEditor(mutation, variables)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo(limit))
                .body("errors[0].extensions.max", equalTo(max));
    }

    @Test
    void anEventTakesAtMostFiftyParticipants() {
        String event = events("Partyco gathering", 1).get(0);
        List<String> organizations = GraphFixtures.batch(IntStream.range(0, 51)
                .mapToObj(i -> "createOrganization(input: {name: \"Partyco " + i + "\"}) { id }").toList());
        GraphFixtures.batch(organizations.subList(0, 50).stream()
                .map(o -> "addParticipant(eventId: \"" + event + "\", organizationId: \"" + o + "\", role: AFFECTED) { id }").toList());
        String state = "query($e: ID!) { event(id: $e) { version participants { role } } }";
        int version = query(state, Map.of("e", event)).body("data.event.participants", hasSize(50))
                .extract().path("data.event.version");

        String add = "mutation($e: ID!, $o: ID!, $r: ParticipantRole!) { addParticipant(eventId: $e, organizationId: $o, role: $r) { version } }";
        refused(add, Map.of("e", event, "o", organizations.get(50), "r", "ACTOR"), "Event.participants", 50);
        query(state, Map.of("e", event))
                .body("data.event.participants", hasSize(50))
                .body("data.event.version", equalTo(version));

        // at the bound, a participant's role still changes
        asEditor(add, Map.of("e", event, "o", organizations.get(0), "r", "ACTOR")).body("errors", nullValue());
        query(state, Map.of("e", event)).body("data.event.participants.role", hasItem("ACTOR"));
    }

    @Test
    void anEventHasAtMostTwentyConsequencesAndTwentyCauses() {
        List<String> events = events("Causeco event", 23);
        String hub = events.get(0);
        GraphFixtures.batch(events.subList(1, 21).stream()
                .map(e -> "linkEvents(causeId: \"" + hub + "\", effectId: \"" + e + "\") { id }").toList());
        String link = "mutation($c: ID!, $e: ID!) { linkEvents(causeId: $c, effectId: $e) { id } }";
        refused(link, Map.of("c", hub, "e", events.get(21)), "Event.consequences", 20);
        query("query($e: ID!) { event(id: $e) { consequences { id } } }", Map.of("e", hub))
                .body("data.event.consequences", hasSize(20));
        query("query($e: ID!) { event(id: $e) { causes { id } } }", Map.of("e", events.get(21)))
                .body("data.event.causes", hasSize(0));

        List<String> effects = events("Effectco event", 21);
        String sink = effects.get(0);
        GraphFixtures.batch(effects.subList(1, 21).stream()
                .map(e -> "linkEvents(causeId: \"" + e + "\", effectId: \"" + sink + "\") { id }").toList());
        refused(link, Map.of("c", events.get(22), "e", sink), "Event.causes", 20);
        query("query($e: ID!) { event(id: $e) { causes { id } } }", Map.of("e", sink)).body("data.event.causes", hasSize(20));
    }

    @Test
    void anArticleReportsAtMostTwentyEvents() {
        String article = GraphFixtures.article("Linkco round-up", "Twenty-one things happened.", "1975-02-01T00:00:00Z", null);
        List<String> events = events("Linkco event", 21);
        GraphFixtures.batch(events.subList(0, 20).stream()
                .map(e -> "linkArticleToEvent(articleId: \"" + article + "\", eventId: \"" + e + "\") { id }").toList());
        String link = "mutation($a: ID!, $e: ID!) { linkArticleToEvent(articleId: $a, eventId: $e) { id } }";
        refused(link, Map.of("a", article, "e", events.get(20)), "Article.events", 20);
        query("query($a: ID!) { article(id: $a) { events { id } } }", Map.of("a", article))
                .body("data.article.events", hasSize(20));
        // linking again what is linked is no new link
        asEditor(link, Map.of("a", article, "e", events.get(0))).body("errors", nullValue());
    }
}
