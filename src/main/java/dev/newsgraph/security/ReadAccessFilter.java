package dev.newsgraph.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The first handler of the GraphQL endpoint, before the edge that serves it (whose route answers without
 * passing on, so Quarkus' path-based HTTP security would never run): it authenticates the caller once,
 * for the rate limit, and under {@code NEWSGRAPH_READ_ACCESS=authenticated} turns away a request without
 * the API key or a reader or editor JWT with the bearer challenge: HTTP 401, {@code WWW-Authenticate} and
 * UNAUTHORIZED. A WebSocket upgrade without an {@code Authorization} header is let through, since browsers
 * cannot set one: its {@code connection_init} payload carries it, and each operation is checked when it starts.
 */
@ApplicationScoped
public class ReadAccessFilter {

    /** Before the edge's routes (order -100). */
    static final int ORDER = -200;

    private static final SecurityIdentity ANONYMOUS = QuarkusSecurityIdentity.builder().setAnonymous(true).build();

    @Inject
    RequestClient clients;

    @Inject
    HttpAuthenticator authenticator;

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String rootPath;

    void install(@Observes Router router) {
        String path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
        router.route(path).order(ORDER).handler(this::check);
    }

    void check(RoutingContext request) {
        if (request.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
            admit(request, ANONYMOUS);
            return;
        }
        authenticator.attemptAuthentication(request).subscribe().with(
                identity -> admit(request, identity == null ? ANONYMOUS : identity),
                failure -> admit(request, ANONYMOUS));
    }

    private void admit(RoutingContext request, SecurityIdentity identity) {
        request.put(RequestClient.IDENTITY, identity);
        if (!identity.isAnonymous()) {
            QuarkusHttpUser.setIdentity(identity, request);
        }
        if (clients.mayRead(identity) || isWebSocketUpgradeWithoutCredentials(request)) {
            request.next();
            return;
        }
        BearerAuthenticationMechanism.challenge(request);
    }

    private static boolean isWebSocketUpgradeWithoutCredentials(RoutingContext request) {
        String upgrade = request.request().getHeader(HttpHeaders.UPGRADE);
        return upgrade != null && upgrade.equalsIgnoreCase("websocket")
                && request.request().getHeader(HttpHeaders.AUTHORIZATION) == null;
    }
}
