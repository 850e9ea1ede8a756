package dev.newsgraph.analytics;

import static dev.newsgraph.GraphFixtures.article;
import static dev.newsgraph.GraphFixtures.idByName;
import static dev.newsgraph.GraphFixtures.organization;
import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphFixtures;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CoMentionsApiTest {

    private static final String CO_MENTIONS = "query($o: ID!, $first: Int) { coMentions(organizationId: $o, first: $first)"
            + " { sharedArticles organization { name } } }";

    private static Map<String, Object> args(String organizationId, Integer first) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("o", organizationId);
        variables.put("first", first);
        return variables;
    }

    @Test
    void kasperskyIsMentionedWithTheCommerceDepartment() {
        query(CO_MENTIONS, args(idByName("Kaspersky Lab"), null))
                .body("errors", nullValue())
                .body("data.coMentions.organization.name", hasItem("US Department of Commerce"))
                .body("data.coMentions.organization.name", not(hasItem("Kaspersky Lab")))
                .body("data.coMentions.find { it.organization.name == 'US Department of Commerce' }.sharedArticles",
                        greaterThanOrEqualTo(1));
    }

    @Test
    void mostSharedArticlesComeFirstAndTiesGoByName() {
        String hub = organization("Comention Hub Industries");
        organization("Comention Often Partners");
        organization("Comention Beta Rarely");
        organization("Comention Alpha Rarely");
        article("Comention one", "Comention Hub Industries met Comention Often Partners.", "1993-01-01T00:00:00Z", null);
        article("Comention two", "Comention Hub Industries and Comention Often Partners again, with Comention Beta Rarely.",
                "1993-01-02T00:00:00Z", null);
        article("Comention three", "Comention Alpha Rarely sued Comention Hub Industries.", "1993-01-03T00:00:00Z", null);
        query(CO_MENTIONS, args(hub, null))
                .body("data.coMentions.organization.name",
                        contains("Comention Often Partners", "Comention Alpha Rarely", "Comention Beta Rarely"))
                .body("data.coMentions.sharedArticles", contains(2, 1, 1));
        query(CO_MENTIONS, args(hub, 1)).body("data.coMentions", hasSize(1));
    }

    @Test
    void anOrganizationNeverMentionedHasNoCoMentions() {
        query(CO_MENTIONS, args(organization("Comention Nobody Ltd"), null)).body("data.coMentions", empty());
    }

    @Test
    void unknownOrganizationIsNotFoundAndOversizedListsAreRefused() {
        // a deleted organization's id, no id at all, and the id of an event
        String event = query("{ events(first: 1) { edges { node { id } } } }").extract().path("data.events.edges[0].node.id");
        for (String id : List.of(GraphFixtures.deletedOrganization(), GraphFixtures.MALFORMED_ID, event)) {
            query(CO_MENTIONS, args(id, null)).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        }
        query(CO_MENTIONS, args(idByName("Kaspersky Lab"), 101)).body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"));
    }
}
