package dev.newsgraph.organization;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads NEWSGRAPH_ORGANIZATIONS_FILE at start: JSON Lines, one {@code OrganizationInput} a line (blank
 * lines ignored), through {@link OrganizationImport} a thousand lines at a time. A line that is no
 * such object, or that the import refuses, is logged with its number and skipped. A file whose
 * content was loaded before is skipped whole, so restarts neither repeat the work nor undo edits
 * made since; a changed file is loaded again (matching entries update, the rest are unchanged).
 */
@ApplicationScoped
public class OrganizationsFile {

    /** After the demo world (100), before the article folder (200), so those articles link to these names. */
    static final int ORDER = 150;

    private static final Logger LOG = Logger.getLogger(OrganizationsFile.class);
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    OrganizationsFileConfig config;

    @Inject
    OrganizationImport imports;

    /** What a load did; {@code skipped} when the same content was loaded before. */
    public record Summary(boolean skipped, int created, int updated, int unchanged, int refused) {
    }

    void onStart(@Observes @Priority(ORDER) StartupEvent event) {
        config.path().filter(path -> !path.isBlank()).map(Path::of).ifPresent(this::load);
    }

    public Summary load(Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            LOG.warnf("NEWSGRAPH_ORGANIZATIONS_FILE %s cannot be read (%s); nothing loaded", file, e.getMessage());
            return new Summary(false, 0, 0, 0, 0);
        }
        String hash = sha256(content);
        if (QuarkusTransaction.requiringNew().call(() -> OrganizationFileLoad.findById(hash) != null)) {
            LOG.infof("Organizations file %s: loaded before, unchanged since; skipped", file);
            return new Summary(true, 0, 0, 0, 0);
        }
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\r?\n", -1);
        Tally tally = new Tally();
        List<OrganizationInput> batch = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                OrganizationInput entry = JSON.fromJson(lines[i], OrganizationInput.class);
                if (entry == null) {
                    throw new JsonbException("null is no organization");
                }
                batch.add(entry);
                lineOf.add(i + 1);
            } catch (RuntimeException e) { // JSON-B's and JSON-P's errors for text that is no such object
                tally.refused++;
                LOG.warnf("Organizations file %s, line %d skipped: not a JSON object of organization fields", file, i + 1);
            }
            if (batch.size() == OrganizationImport.MAX_PER_CALL) {
                store(file, batch, lineOf, tally);
            }
        }
        store(file, batch, lineOf, tally);
        int created = tally.created;
        int updated = tally.updated;
        int unchanged = tally.unchanged;
        int refused = tally.refused;
        int entries = created + updated + unchanged;
        QuarkusTransaction.requiringNew().run(() -> {
            OrganizationFileLoad load = new OrganizationFileLoad();
            load.contentHash = hash;
            load.loadedAt = Instant.now();
            load.entries = entries;
            load.persist();
        });
        LOG.infof("Organizations file %s: %d created, %d updated, %d unchanged, %d lines refused",
                file, created, updated, unchanged, refused);
        return new Summary(false, created, updated, unchanged, refused);
    }

    private static final class Tally {
        int created;
        int updated;
        int unchanged;
        int refused;
    }

    /** Imports a batch of lines in one call (one transaction, one relink) and logs the lines it refused. */
    private void store(Path file, List<OrganizationInput> batch, List<Integer> lineOf, Tally tally) {
        if (batch.isEmpty()) {
            return;
        }
        OrganizationImportResult result = imports.importAll(batch);
        tally.created += result.created();
        tally.updated += result.updated();
        tally.unchanged += result.unchanged();
        tally.refused += result.failures().size();
        for (OrganizationImportResult.Failure failure : result.failures()) {
            LOG.warnf("Organizations file %s, line %d skipped: %s %s", file, lineOf.get(failure.index()),
                    failure.code(), failure.message());
        }
        batch.clear();
        lineOf.clear();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
