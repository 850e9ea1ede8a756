package dev.newsgraph.organization;

import static dev.newsgraph.GraphQLClient.asEditor;
import static dev.newsgraph.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Parallel writers of one organization: every update either lands or is told CONFLICT; none is lost. */
@QuarkusTest
class ConcurrentUpdateTest {

    private static final int WRITERS = 8;
    private static final int ROUNDS = 5;
    private static final String UPDATE = "mutation($id: ID!, $v: Int, $name: String!) {"
            + " updateOrganization(id: $id, input: {name: $name, kind: COMPANY}, expectedVersion: $v) { version name } }";

    @Test
    void noUpdateIsLost() throws Exception {
        String id = asEditor("mutation { createOrganization(input: {name: \"Contended Ltd\", kind: COMPANY}) { id } }")
                .extract().path("data.createOrganization.id");
        List<String> landed = new ArrayList<>();
        int conflicts = 0;
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                int version = query("query($id: ID!) { organization(id: $id) { version } }", Map.of("id", id))
                        .extract().path("data.organization.version");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<JsonPath>> results = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    String name = "Contended Ltd r" + round + " w" + w;
                    Callable<JsonPath> writer = () -> {
                        start.await();
                        return asEditor(UPDATE, Map.of("id", id, "v", version, "name", name)).extract().jsonPath();
                    };
                    results.add(pool.submit(writer));
                }
                start.countDown();
                int landedThisRound = 0;
                for (Future<JsonPath> result : results) {
                    JsonPath json = result.get();
                    if (json.get("errors") == null) {
                        landed.add(json.getString("data.updateOrganization.name"));
                        assertEquals(version + 1, json.getInt("data.updateOrganization.version"));
                        landedThisRound++;
                    } else {
                        assertEquals("CONFLICT", json.getString("errors[0].extensions.code"), json.prettify());
                        conflicts++;
                    }
                }
                assertEquals(1, landedThisRound, "exactly one writer of the same version wins");
            }
        } finally {
            pool.shutdownNow();
        }
        JsonPath finalState = query("query($id: ID!) { organization(id: $id) { version name } }", Map.of("id", id))
                .extract().jsonPath();
        assertEquals(ROUNDS, landed.size());
        assertEquals(ROUNDS * (WRITERS - 1), conflicts);
        assertEquals(ROUNDS, finalState.getInt("data.organization.version"), "every landed update counted once");
        assertEquals(landed.get(landed.size() - 1), finalState.getString("data.organization.name"));
        assertTrue(landed.stream().distinct().count() == ROUNDS);
    }
}
