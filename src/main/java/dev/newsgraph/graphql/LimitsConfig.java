package dev.newsgraph.graphql;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;

import dev.newsgraph.ConfigBounds;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/**
 * The request limits, {@code NEWSGRAPH_LIMITS_*}; each refusal is LIMIT_EXCEEDED naming its limit.
 * The mapping owns the whole {@code newsgraph.limits} prefix: a setting under it that is not declared
 * here stops the start (SRCFG00050), so every new limit is declared here, with its default.
 */
@ConfigMapping(prefix = "newsgraph.limits")
public interface LimitsConfig {

    /** The most items a page holds: the maximum of `first`/`last`, and of `first` on plain lists. */
    @WithDefault("" + PageRequest.MAX_SIZE)
    @WithConverter(ConfigBounds.AtLeastOne.class)
    int pageSize();

    /**
     * The largest worst-case node count an operation may have (README, "Security and limits"): enough for
     * a page of 100 articles with their organizations and events (7,100), and for 20 articles with their
     * mentions and their events' participants (43,420); far below what a fan-out through the graph's loops
     * or a bomb of aliased pages asks for (millions).
     */
    @WithDefault("50000")
    @WithConverter(ConfigBounds.AtLeastOneLong.class)
    long nodes();

    /** The most tokens the GraphQL parser reads from one document. */
    @WithDefault("5000")
    @WithConverter(ConfigBounds.AtLeastOne.class)
    int parserTokens();

    /**
     * The largest answer, in bytes of JSON ({@code 64K}, {@code 8M}); a bigger one is refused with
     * LIMIT_EXCEEDED {@code responseSize} instead of being built or sent.
     */
    @WithDefault("8M")
    MemorySize responseSize();

    /**
     * The largest request body of a query ({@code 64K}); a larger one is refused with LIMIT_EXCEEDED
     * {@code bodySize} before its variables are checked or anything runs. Mutations may send up to the
     * body limit (an article's text is up to a million characters); no query needs more than a few
     * kilobytes, and a query's megabyte of variables is only ever work for the service.
     */
    @WithDefault("64K")
    MemorySize queryBodySize();

    /** The longest a query may run ({@code 10S}, {@code PT10S}); then LIMIT_EXCEEDED {@code timeout}. */
    @WithDefault("10S")
    Duration timeout();
}
