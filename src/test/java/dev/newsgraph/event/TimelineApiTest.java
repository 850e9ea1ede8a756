package dev.newsgraph.event;

import static dev.newsgraph.GraphFixtures.event;
import static dev.newsgraph.GraphFixtures.idByName;
import static dev.newsgraph.GraphFixtures.organization;
import static dev.newsgraph.GraphFixtures.participant;
import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInRelativeOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphFixtures;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TimelineApiTest {

    private static final String TIMELINE = "query($o: ID!, $from: Date, $to: Date) { timeline(organizationId: $o, from: $from, to: $to)"
            + " { title occurredOn datePrecision participants { role organization { name } } } }";

    private static Map<String, Object> args(String organizationId, String from, String to) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("o", organizationId);
        variables.put("from", from);
        variables.put("to", to);
        return variables;
    }

    @Test
    void kasperskysTimelineRunsFromThe2019OrderToTheWindDown() {
        query(TIMELINE, args(idByName("Kaspersky Lab"), null, null))
                .body("errors", nullValue())
                .body("data.timeline[0].title", equalTo("US executive order on foreign threats to the technology supply chain"))
                .body("data.timeline.title", containsInRelativeOrder(
                        "US executive order on foreign threats to the technology supply chain",
                        "US executive order protecting personal data from foreign adversaries",
                        "CNN reports planned Commerce action against Kaspersky Lab",
                        "Commerce Department bans sales of Kaspersky software in the US",
                        "Kaspersky Lab starts winding down its US operations"))
                .body("data.timeline.occurredOn", containsInRelativeOrder("2019-01-01", "2021-01-01", "2024-04-01", "2024-06-01", "2024-07-20"));
    }

    @Test
    void aRangeKeepsEveryEventWhosePeriodOverlapsIt() {
        String kaspersky = idByName("Kaspersky Lab");
        query(TIMELINE, args(kaspersky, "2024-06-15", "2024-07-31"))
                .body("data.timeline.title", contains("Commerce Department bans sales of Kaspersky software in the US",
                        "Kaspersky Lab starts winding down its US operations"));
        query(TIMELINE, args(kaspersky, "2019-03-01", "2019-03-31"))
                .body("data.timeline.title", contains("US executive order on foreign threats to the technology supply chain"));
        query(TIMELINE, args(kaspersky, "2024-07-21", null))
                .body("data.timeline.title", not(hasItem("Kaspersky Lab starts winding down its US operations")));
    }

    @Test
    void widerPeriodsSortAtTheirStartBeforeTheDaysInside() {
        String org = organization("Timeline Precision GmbH");
        String day = event("Precision day event", "OTHER", "2023-03-01", "DAY");
        String month = event("Precision month event", "OTHER", "2023-03-17", "MONTH");
        String year = event("Precision year event", "OTHER", "2023-08-08", "YEAR");
        String february = event("Precision february event", "OTHER", "2023-02-15", "DAY");
        for (String event : new String[] { day, month, year, february }) {
            participant(event, org, "ACTOR");
        }
        query(TIMELINE, args(org, null, null))
                .body("data.timeline.title", contains("Precision year event", "Precision february event",
                        "Precision month event", "Precision day event"))
                .body("data.timeline.occurredOn", contains("2023-01-01", "2023-02-15", "2023-03-01", "2023-03-01"));
    }

    @Test
    void anOrganizationWithoutEventsOrARangeWithoutEventsGivesAnEmptyList() {
        query(TIMELINE, args(organization("Timeline Idle Ltd"), null, null)).body("data.timeline", empty());
        query(TIMELINE, args(idByName("Kaspersky Lab"), "2000-01-01", "2000-12-31")).body("data.timeline", empty());
    }

    @Test
    void unknownOrganizationIsNotFoundAndAnInvertedRangeIsRefused() {
        // a deleted organization's id, no id at all, and the id of an event
        String event = query("{ events(first: 1) { edges { node { id } } } }").extract().path("data.events.edges[0].node.id");
        for (String id : List.of(GraphFixtures.deletedOrganization(), GraphFixtures.MALFORMED_ID, event)) {
            query(TIMELINE, args(id, null, null))
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        }
        query(TIMELINE, args(idByName("Kaspersky Lab"), "2024-12-31", "2024-01-01"))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("from"));
    }
}
