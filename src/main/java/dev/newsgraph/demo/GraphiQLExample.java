package dev.newsgraph.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Opens GraphiQL on an example query about the demo world. The SmallRye GraphQL UI has no setting
 * for its default query, but its page reads GraphiQL's {@code ?query=} parameter: a visit without
 * any parameter is redirected to the same page with the example. Any other visit (a shared link,
 * a reload after editing, which keeps the query in the address) is left alone.
 */
@ApplicationScoped
public class GraphiQLExample {

    static final String QUERY_RESOURCE = "demo/graphiql-example.graphql";

    @ConfigProperty(name = "quarkus.http.root-path", defaultValue = "/")
    String httpRoot;

    @ConfigProperty(name = "quarkus.http.non-application-root-path", defaultValue = "q")
    String nonApplicationRoot;

    @ConfigProperty(name = "quarkus.smallrye-graphql.ui.root-path", defaultValue = "graphql-ui")
    String uiRoot;

    @ConfigProperty(name = "quarkus.smallrye-graphql.ui.enabled", defaultValue = "true")
    boolean uiEnabled;

    void install(@Observes Router router) {
        if (!uiEnabled) {
            return;
        }
        String page = uiPath();
        String target = page + "/?query=" + URLEncoder.encode(exampleQuery(), StandardCharsets.UTF_8).replace("+", "%20");
        for (String path : new String[] { page, page + "/" }) {
            router.route(HttpMethod.GET, path).order(-100).handler(ctx -> redirectBareVisit(ctx, target));
        }
    }

    private static void redirectBareVisit(RoutingContext ctx, String target) {
        String query = ctx.request().query();
        if (query != null && !query.isEmpty()) {
            ctx.next();
            return;
        }
        ctx.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, target).end();
    }

    /** The UI path as Quarkus builds it: relative paths hang under the non-application root. */
    String uiPath() {
        String path = uiRoot;
        if (!path.startsWith("/")) {
            String base = nonApplicationRoot.startsWith("/") ? nonApplicationRoot : join(httpRoot, nonApplicationRoot);
            path = join(base, path);
        }
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String join(String parent, String child) {
        return (parent.endsWith("/") ? parent : parent + "/") + child;
    }

    static String exampleQuery() {
        try (InputStream in = GraphiQLExample.class.getClassLoader().getResourceAsStream(QUERY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(QUERY_RESOURCE + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
