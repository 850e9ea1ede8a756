package dev.newsgraph.changes;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The change log's settings ({@code NEWSGRAPH_CHANGES_*}). */
@ConfigMapping(prefix = "newsgraph.changes")
public interface ChangesConfig {

    /** How long changes are kept; a cursor older than this is refused. */
    @WithDefault("P7D")
    Duration retention();

    /** How often old changes are pruned. */
    @WithDefault("PT10M")
    Duration pruneInterval();
}
