package dev.newsgraph.ingest;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

/** NEWSGRAPH_IMPORT_DIR: the folder whose article files are imported at start; unset or blank for none. */
@ConfigMapping(prefix = "newsgraph.import-dir")
public interface ImportConfig {

    // The prefix is the setting itself, so the mapping claims no other newsgraph.* name.
    @WithParentName
    Optional<String> folder();
}
