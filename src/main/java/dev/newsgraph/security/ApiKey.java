package dev.newsgraph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/** The editor API key: NEWSGRAPH_API_KEY, or a random one generated at start and logged once. */
@ApplicationScoped
public class ApiKey {

    private static final Logger LOG = Logger.getLogger(ApiKey.class);

    private final byte[] key;
    private final boolean generated;

    public ApiKey(@ConfigProperty(name = "newsgraph.api-key") Optional<String> configured) {
        String value = configured.filter(k -> !k.isBlank()).orElse(null);
        generated = value == null;
        if (generated) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        key = value.getBytes(StandardCharsets.UTF_8);
    }

    void announce(@Observes StartupEvent event) {
        if (generated) {
            LOG.infof("NEWSGRAPH_API_KEY is not set; the editor API key for this run is: %s",
                    new String(key, StandardCharsets.UTF_8));
        }
    }

    /** Constant-time comparison, so response timing reveals nothing about the key. */
    public boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(key, candidate.getBytes(StandardCharsets.UTF_8));
    }
}
