package dev.newsgraph.notify;

import static dev.newsgraph.GraphQLClient.asEditor;
import static dev.newsgraph.GraphQLClient.query;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.newsgraph.ingest.PipelineFailures;
import dev.newsgraph.organization.Organization;
import dev.newsgraph.organization.OrganizationKind;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** One GraphChanged after each committed transaction that wrote, and none for reads or rollbacks. */
@QuarkusTest
class GraphChangedTest {

    private static final String IMPORT = "mutation($md: String!) { importArticle(markdown: $md) { created } }";

    @Inject
    GraphChangedRecorder recorder;

    private static String article(String title) {
        return "# " + title + "\n\nPublished :`2024-08-01 12:00:00`\n\n---\n\nCNN aired a story.\n\n---\n";
    }

    @Test
    void aCommittedMutationSignalsOnceAsALocalChange() {
        int before = recorder.count();
        asEditor("mutation { createOrganization(input: {name: \"Signal Once Corp\", kind: COMPANY}) { id } }")
                .body("errors", nullValue()).body("data.createOrganization.id", notNullValue());
        List<GraphChanged> fired = recorder.since(before);
        assertEquals(1, fired.size(), "one signal for one committed transaction: " + fired);
        assertFalse(fired.get(0).remote(), "this instance wrote it");
    }

    @Test
    void anImportOfSeveralWritesSignalsOnce() {
        int before = recorder.count();
        asEditor(IMPORT, Map.of("md", article("Signal import once"))).body("data.importArticle.created", equalTo(true));
        assertEquals(1, recorder.since(before).size());
    }

    @Test
    void readsSignalNothingEvenInsideATransaction() {
        int before = recorder.count();
        query("{ organizations(first: 5) { totalCount edges { node { name articles(first: 2) { totalCount } } } } }")
                .body("errors", nullValue());
        QuarkusTransaction.requiringNew().run(() -> Organization.count());
        assertEquals(List.of(), recorder.since(before));
    }

    @Test
    void aRolledBackWriteSignalsNothing() {
        int before = recorder.count();
        // marked for rollback after its insert ran: the commit refuses, and nothing is signalled
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            Organization organization = new Organization();
            organization.name = "Rolled Back Signal Corp";
            organization.nameKey = "rolled back signal corp";
            organization.kind = OrganizationKind.COMPANY;
            organization.persist();
            Organization.flush();
            QuarkusTransaction.setRollbackOnly();
        }));
        PipelineFailures.failAt(PipelineFailures.Step.STORE);
        asEditor(IMPORT, Map.of("md", article("Signal failure " + PipelineFailures.MARKER)))
                .body("errors[0].extensions.code", equalTo("INTERNAL"));
        asEditor("mutation { createOrganization(input: {name: \"\", kind: COMPANY}) { id } }")
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
        assertEquals(List.of(), recorder.since(before));
    }
}
