package dev.newsgraph.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

/** NEWSGRAPH_DEMO: whether the demo world goes into an empty database at start. */
@ConfigMapping(prefix = "newsgraph.demo")
public interface DemoConfig {

    // The prefix is the setting itself, so the mapping claims no other newsgraph.* name.
    @WithParentName
    @WithDefault("true")
    boolean enabled();
}
