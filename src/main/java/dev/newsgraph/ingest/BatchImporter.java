package dev.newsgraph.ingest;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.newsgraph.graphql.ApiException;
import dev.newsgraph.graphql.ErrorCode;

/** One file of a batch in its own transaction: its failure is reported, never thrown at the others. */
@ApplicationScoped
public class BatchImporter {

    private static final Logger LOG = Logger.getLogger(BatchImporter.class);

    @Inject
    ArticleImporter importer;

    public ImportOutcome importOne(ArticleFileInput file) {
        try {
            return new ImportOutcome(file.name, importer.importMarkdown(file.markdown, file.source, file.url), null);
        } catch (ApiException e) {
            Object line = e.details().get("line");
            return new ImportOutcome(file.name, null,
                    new ImportOutcome.ImportFailure(e.code().name(), e.getMessage(), line instanceof Integer l ? l : null));
        } catch (RuntimeException e) {
            String correlationId = UUID.randomUUID().toString();
            LOG.errorf(e, "Import of %s failed, correlation id %s", file.name, correlationId);
            return new ImportOutcome(file.name, null, new ImportOutcome.ImportFailure(ErrorCode.INTERNAL.name(),
                    "Internal error; quote correlation id " + correlationId + " when reporting it", null));
        }
    }
}
