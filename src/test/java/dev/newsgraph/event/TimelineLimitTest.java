package dev.newsgraph.event;

import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphFixtures;
import io.quarkus.test.junit.QuarkusTest;

/** A timeline lists at most 100 events, the earliest of its range; the range reaches the rest. */
@QuarkusTest
class TimelineLimitTest {

    @Test
    void aTimelineStopsAtOneHundredEventsAndTheRangeReachesTheRest() {
        String organization = GraphFixtures.organization("Timelineco");
        LocalDate start = LocalDate.of(1976, 1, 1);
        List<String> events = GraphFixtures.batch(IntStream.range(0, 105).mapToObj(i -> "createEvent(input: {title: \"Timelineco day "
                + i + "\", kind: OTHER, occurredOn: \"" + start.plusDays(i) + "\"}) { id }").toList());
        GraphFixtures.batch(events.stream().map(e -> "addParticipant(eventId: \"" + e + "\", organizationId: \"" + organization
                + "\", role: ACTOR) { id }").toList());

        String timeline = "query($o: ID!, $from: Date) { timeline(organizationId: $o, from: $from) { title } }";
        query(timeline, Map.of("o", organization))
                .body("errors", nullValue())
                .body("data.timeline", hasSize(100))
                .body("data.timeline[0].title", equalTo("Timelineco day 0"))
                .body("data.timeline[99].title", equalTo("Timelineco day 99"));
        query(timeline, Map.of("o", organization, "from", start.plusDays(100).toString()))
                .body("data.timeline.title", org.hamcrest.Matchers.contains("Timelineco day 100", "Timelineco day 101",
                        "Timelineco day 102", "Timelineco day 103", "Timelineco day 104"));
    }
}
