package dev.newsgraph.security;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

/**
 * NEWSGRAPH_TRUSTED_PROXIES: comma-separated CIDR ranges (or addresses) of the proxies in front of the
 * service whose {@code X-Forwarded-For} is believed; unset, the connection's own address is the client's.
 */
@ConfigMapping(prefix = "newsgraph.trusted-proxies")
public interface TrustedProxiesConfig {

    // The prefix is the setting itself, so the mapping claims no other newsgraph.* name.
    @WithParentName
    Optional<List<String>> ranges();
}
