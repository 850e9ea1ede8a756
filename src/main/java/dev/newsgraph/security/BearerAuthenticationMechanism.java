package dev.newsgraph.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.smallrye.jwt.runtime.auth.JsonWebTokenCredential;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code Authorization: Bearer <token>}: the editor API key gives the editor role; a JWT is verified
 * by SmallRye JWT (key and issuer from {@code mp.jwt.*}, roles from {@code groups}). No, unknown or
 * invalid credentials leave the caller anonymous: queries stay public, and a mutation then answers
 * UNAUTHORIZED as a GraphQL error rather than a bare HTTP 401. This mechanism runs before the JWT
 * extension's own so that it alone decides.
 */
@ApplicationScoped
public class BearerAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "bearer ";

    /** The principal name of a caller with the API key. */
    static final String API_KEY_PRINCIPAL = "api-key";

    private static final String UNAUTHORIZED_BODY = "{\"errors\":[{\"message\":\"this service is private: send"
            + " Authorization: Bearer <API key or JWT with the reader or editor role>\",\"extensions\":{\"code\":\"UNAUTHORIZED\"}}]}";

    @Inject
    ApiKey apiKey;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return anonymous();
        }
        String token = header.substring(BEARER.length()).trim();
        if (apiKey.matches(token)) {
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(API_KEY_PRINCIPAL))
                    .addRole(Roles.EDITOR)
                    .build());
        }
        if (looksLikeJwt(token)) {
            TokenAuthenticationRequest request = new TokenAuthenticationRequest(new JsonWebTokenCredential(token));
            HttpSecurityUtils.setRoutingContextAttribute(request, context);
            return identityProviderManager.authenticate(request)
                    .onFailure().recoverWithUni(this::anonymous)
                    .onItem().ifNull().switchTo(this::anonymous);
        }
        return anonymous();
    }

    private static boolean looksLikeJwt(String token) {
        return token.chars().filter(c -> c == '.').count() == 2;
    }

    private Uni<SecurityIdentity> anonymous() {
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder().setAnonymous(true).build());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    /** A refused read (NEWSGRAPH_READ_ACCESS=authenticated): 401, the challenge, and the contract's coded error. */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        challenge(context);
        return Uni.createFrom().item(true);
    }

    static void challenge(RoutingContext context) {
        if (!context.response().ended()) {
            context.response().setStatusCode(401)
                    .putHeader("WWW-Authenticate", "Bearer realm=\"newsgraph\"")
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=utf-8")
                    .end(UNAUTHORIZED_BODY);
        }
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }
}
