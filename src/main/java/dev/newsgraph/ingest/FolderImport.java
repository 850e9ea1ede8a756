package dev.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.newsgraph.graphql.ApiException;

import io.quarkus.runtime.StartupEvent;

/**
 * Imports every {@code *.md} / {@code *.txt} of NEWSGRAPH_IMPORT_DIR at start. Idempotent, so a
 * restart imports only what is new; a bad file is logged with its reason and skipped.
 */
@ApplicationScoped
public class FolderImport {

    /** After the demo world (priority 100), so an empty database still gets it and imports link to it. */
    static final int ORDER = 200;

    private static final Logger LOG = Logger.getLogger(FolderImport.class);

    @Inject
    ArticleImporter importer;

    @Inject
    ImportConfig config;

    void onStart(@Observes @Priority(ORDER) StartupEvent event) {
        config.folder().filter(dir -> !dir.isBlank()).map(Path::of).ifPresent(this::importFolder);
    }

    public Summary importFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            LOG.warnf("NEWSGRAPH_IMPORT_DIR %s is not a folder; nothing imported", folder);
            return new Summary(0, 0, 0);
        }
        int created = 0;
        int present = 0;
        int refused = 0;
        for (Path file : articleFiles(folder)) {
            try {
                if (importer.importFile(Files.readAllBytes(file)).created()) {
                    created++;
                } else {
                    present++;
                }
            } catch (ApiException e) {
                refused++;
                LOG.warnf("Skipped %s: %s", file.getFileName(), e.getMessage());
            } catch (IOException e) {
                refused++;
                LOG.warnf("Skipped %s: cannot read it (%s)", file.getFileName(), e.getMessage());
            }
        }
        Summary summary = new Summary(created, present, refused);
        LOG.infof("Import from %s: %d imported, %d already present, %d refused", folder, created, present, refused);
        return summary;
    }

    private static List<Path> articleFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches("(?i).*\\.(md|txt)"))
                    .sorted().toList();
        } catch (IOException e) {
            LOG.warnf("Cannot list NEWSGRAPH_IMPORT_DIR %s: %s", folder, e.getMessage());
            return List.of();
        }
    }

    public record Summary(int imported, int alreadyPresent, int refused) {
    }
}
