package dev.newsgraph.organization;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

/** NEWSGRAPH_ORGANIZATIONS_FILE: a JSON Lines gazetteer loaded at start; unset or blank for none. */
@ConfigMapping(prefix = "newsgraph.organizations-file")
public interface OrganizationsFileConfig {

    // The prefix is the setting itself, so the mapping claims no other newsgraph.* name.
    @WithParentName
    Optional<String> path();
}
