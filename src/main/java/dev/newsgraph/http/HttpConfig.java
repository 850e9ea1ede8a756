package dev.newsgraph.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How answers are offered to HTTP caches, {@code NEWSGRAPH_HTTP_*}. */
@ConfigMapping(prefix = "newsgraph.http")
public interface HttpConfig {

    /**
     * {@code Cache-Control} of anonymous query answers ({@code NEWSGRAPH_HTTP_CACHE_CONTROL}); the
     * default makes every cache revalidate with the ETag, so nobody reads an answer older than a write.
     */
    @WithDefault("no-cache")
    String cacheControl();
}
