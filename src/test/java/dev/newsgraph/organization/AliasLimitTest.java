package dev.newsgraph.organization;

import static dev.newsgraph.GraphQLClient.asEditor;
import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphFixtures;
import io.quarkus.test.junit.QuarkusTest;

/** An organization has at most 20 aliases, however they come: one by one, in its input, or by a merge. */
@QuarkusTest
class AliasLimitTest {

    private static final String CREATE = "mutation($input: OrganizationInput!) { createOrganization(input: $input) { id } }";
    private static final String STATE = "query($id: ID!) { organization(id: $id) { version aliases } }";

    private static List<String> names(String prefix, int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> prefix + " " + i).toList();
    }

    private static String withAliases(String name, List<String> aliases) {
        return asEditor(CREATE, Map.of("input", Map.of("name", name, "aliases", aliases)))
                .body("errors", nullValue()).extract().path("data.createOrganization.id");
    }

    @Test
    void theTwentyFirstAliasIsRefusedAndNothingChanges() {
        String id = GraphFixtures.organization("Aliasco Prime");
        GraphFixtures.batch(names("Aliasco Name", 0, 20).stream()
                .map(alias -> "addAlias(organizationId: \"" + id + "\", alias: \"" + alias + "\") { id }").toList());
        int version = query(STATE, Map.of("id", id)).body("data.organization.aliases", hasSize(20))
                .extract().path("data.organization.version");

        asEditor("mutation($id: ID!) { addAlias(organizationId: $id, alias: \"Aliasco Name 20\") { id } }", Map.of("id", id))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo("Organization.aliases"))
                .body("errors[0].extensions.max", equalTo(20));

        query(STATE, Map.of("id", id))
                .body("data.organization.aliases", hasSize(20))
                .body("data.organization.version", equalTo(version));
        query("{ organizationByName(name: \"Aliasco Name 20\") { id } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void anInputWithMoreThanTwentyAliasesIsRefused() {
        asEditor(CREATE, Map.of("input", Map.of("name", "Aliasco Input", "aliases", names("Aliasco Input Name", 0, 21))))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.max", equalTo(20))
                .body("errors[0].extensions.field", equalTo("input.aliases"));
        query("{ organizationByName(name: \"Aliasco Input\") { id } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void aMergeKeepsWithinTwentyAliasesOrIsRefused() {
        String target = withAliases("Aliasco Target", names("Aliasco Target Name", 0, 15));
        String tooMany = withAliases("Aliasco Large Source", names("Aliasco Large Source Name", 0, 5));
        String merge = "mutation($s: ID!, $t: ID!) { mergeOrganizations(sourceId: $s, targetId: $t) { aliases } }";

        // 15 + 5 + the source's own name = 21
        asEditor(merge, Map.of("s", tooMany, "t", target))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo("Organization.aliases"));
        query(STATE, Map.of("id", tooMany)).body("data.organization.aliases", hasSize(5));
        query(STATE, Map.of("id", target)).body("data.organization.aliases", hasSize(15));

        // 15 + 4 + 1 = 20 fits
        String fits = withAliases("Aliasco Small Source", names("Aliasco Small Source Name", 0, 4));
        asEditor(merge, Map.of("s", fits, "t", target))
                .body("errors", nullValue())
                .body("data.mergeOrganizations.aliases", hasSize(20));
    }
}
