package dev.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.newsgraph.graphql.ApiException;
import dev.newsgraph.graphql.ErrorCode;

/**
 * Imports a batch so that one file's failure is reported, never thrown at the others. Every file is
 * parsed first (a refusal is that file's outcome); the accepted ones are stored in one transaction,
 * which saves a commit per file; if that transaction fails, it is rolled back and each file is
 * stored again in a transaction of its own, so only the file at fault fails.
 */
@ApplicationScoped
public class BatchImporter {

    private static final Logger LOG = Logger.getLogger(BatchImporter.class);

    @Inject
    ArticleImporter importer;

    /** {@code withOrganizations}: the caller shows the mentioned organizations, so load them. */
    public List<ImportOutcome> importAll(List<ArticleFileInput> files, boolean withOrganizations) {
        ImportOutcome[] outcomes = new ImportOutcome[files.size()];
        List<Integer> accepted = new ArrayList<>();
        List<ParsedFile> parsed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            ArticleFileInput file = files.get(i);
            try {
                parsed.add(importer.parse(file.markdown, file.source, file.url));
                accepted.add(i);
            } catch (ApiException e) {
                outcomes[i] = refused(file, e);
            }
        }
        if (!parsed.isEmpty()) {
            try {
                List<ImportResult> results = importer.importAll(parsed, withOrganizations);
                for (int j = 0; j < accepted.size(); j++) {
                    int i = accepted.get(j);
                    outcomes[i] = new ImportOutcome(files.get(i).name, results.get(j), null);
                }
            } catch (RuntimeException e) {
                LOG.debugf(e, "A batch of %d files failed as a whole; storing them one by one", parsed.size());
                for (int j = 0; j < accepted.size(); j++) {
                    int i = accepted.get(j);
                    ParsedFile file = parsed.get(j);
                    outcomes[i] = importOne(files.get(i), () -> importer.importAll(List.of(file), withOrganizations).get(0));
                }
            }
        }
        return List.of(outcomes);
    }

    private static ImportOutcome importOne(ArticleFileInput file, Supplier<ImportResult> store) {
        try {
            return new ImportOutcome(file.name, store.get(), null);
        } catch (ApiException e) {
            return refused(file, e);
        } catch (RuntimeException e) {
            String correlationId = UUID.randomUUID().toString();
            LOG.errorf(e, "Import of %s failed, correlation id %s", file.name, correlationId);
            return new ImportOutcome(file.name, null, new ImportOutcome.ImportFailure(ErrorCode.INTERNAL.name(),
                    "Internal error; quote correlation id " + correlationId + " when reporting it", null));
        }
    }

    private static ImportOutcome refused(ArticleFileInput file, ApiException e) {
        Object line = e.details().get("line");
        return new ImportOutcome(file.name, null,
                new ImportOutcome.ImportFailure(e.code().name(), e.getMessage(), line instanceof Integer l ? l : null));
    }
}
