package dev.newsgraph.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;

@QuarkusTest
class AuthTest {

    private static final String ISSUER = "https://newsgraph.test/issuer";
    private static final String CREATE = "mutation($name: String!) { createOrganization(input: {name: $name}) { name } }";

    private static ValidatableResponse create(String authorization, String name) {
        var request = given().contentType("application/json");
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        return request.body(Map.of("query", CREATE, "variables", Map.of("name", name)))
                .post("/graphql").then().statusCode(200);
    }

    private static void assertNotStored(String name) {
        given().contentType("application/json")
                .body(Map.of("query", "query($n: String!) { organizations(filter: {text: $n}) { totalCount } }",
                        "variables", Map.of("n", name)))
                .post("/graphql").then().body("data.organizations.totalCount", equalTo(0));
    }

    @Test
    void withoutCredentialsAMutationIsUnauthorizedAndWritesNothing() {
        create(null, "Auth None Co").body("data", nullValue()).body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
        assertNotStored("Auth None Co");
    }

    @Test
    void aWrongKeyOrAnotherSchemeIsUnauthorized() {
        create("Bearer wrong-key", "Auth Wrong Co").body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
        create("Basic dXNlcjpwYXNz", "Auth Wrong Co").body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
        assertNotStored("Auth Wrong Co");
    }

    @Test
    void theApiKeyAuthorizesMutations() {
        create("Bearer test-editor-key", "Auth Key Co").body("errors", nullValue())
                .body("data.createOrganization.name", equalTo("Auth Key Co"));
    }

    @Test
    void anEditorJwtAuthorizesMutations() {
        String token = Jwt.issuer(ISSUER).upn("editor@example.org").groups(Set.of("editor")).sign();
        create("Bearer " + token, "Auth Jwt Co").body("errors", nullValue())
                .body("data.createOrganization.name", equalTo("Auth Jwt Co"));
    }

    @Test
    void aValidJwtWithoutTheEditorRoleIsForbidden() {
        String token = Jwt.issuer(ISSUER).upn("reader@example.org").groups(Set.of("reader")).sign();
        create("Bearer " + token, "Auth Reader Co").body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        assertNotStored("Auth Reader Co");
    }

    @Test
    void expiredForgedOrForeignJwtsAreUnauthorized() {
        String expired = Jwt.issuer(ISSUER).upn("late@example.org").groups(Set.of("editor"))
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)).sign();
        String foreignIssuer = Jwt.issuer("https://elsewhere.example/").upn("x").groups(Set.of("editor")).sign();
        String valid = Jwt.issuer(ISSUER).upn("x").groups(Set.of("editor")).sign();
        String forged = valid.substring(0, valid.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        for (String token : new String[] { expired, foreignIssuer, forged, "a.b.c" }) {
            create("Bearer " + token, "Auth Bad Jwt Co").body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
        }
        assertNotStored("Auth Bad Jwt Co");
    }

    @Test
    void queriesArePublicEvenWithBadCredentials() {
        given().contentType("application/json").header("Authorization", "Bearer nonsense")
                .body(Map.of("query", "{ organizationByName(name: \"CNN\") { name } }"))
                .post("/graphql").then().statusCode(200).body("data.organizationByName.name", equalTo("CNN"));
    }
}
