package dev.newsgraph.security;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.arc.Unremovable;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/**
 * Who sends the request being executed: the identity {@link ReadAccessFilter} resolved (or a WebSocket's
 * {@code connection_init} payload set since), and the client the rate limit charges: the API key, a JWT's
 * subject, else the client address.
 */
@Singleton
@Unremovable
public class RequestClient {

    /** Routing-context key of the identity the filter resolved. */
    static final String IDENTITY = "newsgraph.identity";

    private final ClientAddress addresses;
    private final ReadAccessConfig.Mode readAccess;

    @Inject
    public RequestClient(TrustedProxiesConfig proxies, ReadAccessConfig readAccess) {
        this(new ClientAddress(proxies.ranges().orElse(List.of())), readAccess.mode());
    }

    RequestClient(ClientAddress addresses, ReadAccessConfig.Mode readAccess) {
        this.addresses = addresses;
        this.readAccess = readAccess;
    }

    /** A client as the rate limit and the read access see it. */
    public record Client(String key, SecurityIdentity identity) {
    }

    /** The client of the current HTTP request or WebSocket connection; null outside one. */
    public Client current() {
        RoutingContext request = currentRequest();
        return request == null ? null : of(request);
    }

    /** The client of that HTTP request (its identity as {@link ReadAccessFilter} resolved it). */
    public Client of(RoutingContext request) {
        SecurityIdentity identity = identityOf(request);
        String key;
        if (identity != null && !identity.isAnonymous()) {
            String name = identity.getPrincipal().getName();
            if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
                name = token.getSubject();
            }
            key = BearerAuthenticationMechanism.API_KEY_PRINCIPAL.equals(name) ? "key" : "jwt:" + name;
        } else {
            key = "address:" + addresses.of(request.request().remoteAddress() == null ? null
                    : request.request().remoteAddress().hostAddress(), request.request().headers().getAll("X-Forwarded-For"));
        }
        return new Client(key, identity);
    }

    /** The roles of the current request's or connection's client, sorted (none when anonymous); null outside one. */
    public List<String> currentRoles() {
        Client client = current();
        if (client == null) {
            return null;
        }
        SecurityIdentity identity = client.identity();
        return identity == null || identity.isAnonymous() ? List.of() : identity.getRoles().stream().sorted().toList();
    }

    /** Whether the identity may run queries and subscriptions under NEWSGRAPH_READ_ACCESS. */
    public boolean mayRead(SecurityIdentity identity) {
        return readAccess == ReadAccessConfig.Mode.PUBLIC
                || identity != null && (identity.hasRole(Roles.READER) || identity.hasRole(Roles.EDITOR));
    }

    public boolean isPublic() {
        return readAccess == ReadAccessConfig.Mode.PUBLIC;
    }

    private static SecurityIdentity identityOf(RoutingContext request) {
        if (request.user() instanceof QuarkusHttpUser user) {
            return user.getSecurityIdentity();
        }
        return request.get(IDENTITY);
    }

    private static RoutingContext currentRequest() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        try (InstanceHandle<CurrentVertxRequest> current = Arc.container().instance(CurrentVertxRequest.class)) {
            return current.isAvailable() ? current.get().getCurrent() : null;
        }
    }
}
