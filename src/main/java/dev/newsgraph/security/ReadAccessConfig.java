package dev.newsgraph.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

/** NEWSGRAPH_READ_ACCESS: {@code public} (anyone may query and subscribe) or {@code authenticated}. */
@ConfigMapping(prefix = "newsgraph.read-access")
public interface ReadAccessConfig {

    enum Mode { PUBLIC, AUTHENTICATED }

    // The prefix is the setting itself, so the mapping claims no other newsgraph.* name.
    @WithParentName
    @WithDefault("public")
    Mode mode();
}
