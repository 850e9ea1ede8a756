package dev.newsgraph.graphql;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
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
    @Min(1)
    int pageSize();

    /** The most tokens the GraphQL parser reads from one document. */
    @WithDefault("5000")
    @Min(1)
    int parserTokens();
}
