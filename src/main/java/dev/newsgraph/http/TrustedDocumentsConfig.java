package dev.newsgraph.http;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

/** {@code NEWSGRAPH_TRUSTED_DOCUMENTS}: the manifest of the only documents that may run, when set. */
@ConfigMapping(prefix = "newsgraph.trusted-documents")
public interface TrustedDocumentsConfig {

    /** Path of a JSON file {@code { "<sha256 hex of document>": "<document>" }}. */
    @WithParentName
    Optional<String> manifest();
}
