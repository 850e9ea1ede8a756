package dev.newsgraph.graphql;

import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A service of its own with NEWSGRAPH_LIMITS_PAGE_SIZE=5: every page and every list with `first` obeys it. */
@QuarkusTest
@TestProfile(PageSizeSettingTest.Profile.class)
class PageSizeSettingTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.data-dir", "./target/test-data-pagesize", "newsgraph.limits.page-size", "5");
        }
    }

    private static void refusedAtFive(String query) {
        query(query)
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo("pageSize"))
                .body("errors[0].extensions.max", equalTo(5));
    }

    @Test
    void pagesAndListsHoldAtMostTheConfiguredSize() {
        refusedAtFive("{ articles(first: 6) { totalCount } }");
        refusedAtFive("{ organizations(last: 6) { totalCount } }");
        refusedAtFive("{ organizationByName(name: \"Kaspersky Lab\") { events(first: 6) { totalCount } } }");
        refusedAtFive("{ search(text: \"kaspersky\", first: 6) { __typename } }");
        query("{ organizations(first: 5) { edges { node { name } } } }").body("errors", nullValue());
    }

    @Test
    void theDefaultPageIsNoLargerThanTheLimit() {
        // the demo world's five organizations and two more
        GraphFixtures.organization("Pagesize One");
        GraphFixtures.organization("Pagesize Two");
        query("{ organizations { totalCount pageInfo { hasNextPage } edges { node { name } } } }")
                .body("errors", nullValue())
                .body("data.organizations.totalCount", equalTo(7))
                .body("data.organizations.edges", hasSize(5))
                .body("data.organizations.pageInfo.hasNextPage", equalTo(true));
    }
}
