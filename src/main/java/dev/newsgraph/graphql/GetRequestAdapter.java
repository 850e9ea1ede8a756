package dev.newsgraph.graphql;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.SourceLocation;
import graphql.parser.Parser;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Hands the engine a GraphQL GET request in the form it reads correctly. The Quarkus 3.33 handler
 * URL-decodes GET parameters a second time ({@code +} turns into a space, a lone {@code %} into an
 * HTTP 500), deletes their newlines (a {@code #} comment then swallows the rest of the document) and
 * passes the document itself as the operation name. So each parameter is encoded once more here, and
 * an {@code operationName} is applied here: the document keeps only that operation and the fragments
 * it uses, the rest blanked out so that every line and column stays where the client wrote it.
 * Runs after {@link RequestGuard}, which has already refused what is not a valid GraphQL request.
 */
@ApplicationScoped
public class GetRequestAdapter {

    private static final List<String> ENCODED_PARAMETERS = List.of("query", "variables", "extensions");

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String rootPath;

    void install(@Observes Router router) {
        String path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
        router.route(HttpMethod.GET, path).order(-99).handler(this::adapt);
    }

    void adapt(RoutingContext ctx) {
        MultiMap params = ctx.queryParams();
        String document = params.get("query");
        if (document == null) {
            ctx.next();
            return;
        }
        String operationName = params.get("operationName");
        if (operationName != null && !operationName.isEmpty()) {
            String selected = keepOnly(document, operationName);
            if (selected == null) {
                // The engine's own answer to an unknown operation name in a POST.
                RequestGuard.refuse(ctx, 200, "VALIDATION", "Unknown operation named '" + operationName + "'.");
                return;
            }
            params.set("query", selected);
            params.remove("operationName");
        }
        for (String name : ENCODED_PARAMETERS) {
            String value = params.get(name);
            if (value != null) {
                params.set(name, URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        ctx.next();
    }

    /** The document with every operation but {@code operationName} blanked out, or null if there is no such operation. */
    static String keepOnly(String document, String operationName) {
        List<Definition> definitions = Parser.parse(document).getDefinitions();
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        OperationDefinition selected = null;
        for (Definition<?> definition : definitions) {
            if (definition instanceof FragmentDefinition fragment) {
                fragments.put(fragment.getName(), fragment);
            } else if (definition instanceof OperationDefinition operation && operationName.equals(operation.getName())) {
                selected = operation;
            }
        }
        if (selected == null) {
            return null;
        }
        Set<String> used = new HashSet<>();
        collectFragments(selected.getSelectionSet(), fragments, used);

        // From the last definition back, so that blanking one leaves the offsets of those before it valid.
        StringBuilder kept = new StringBuilder(document);
        int end = document.length();
        for (int i = definitions.size() - 1; i >= 0; i--) {
            Definition<?> definition = definitions.get(i);
            int start = offset(document, definition.getSourceLocation());
            boolean keep = definition == selected
                    || definition instanceof FragmentDefinition fragment && used.contains(fragment.getName());
            if (!keep) {
                blank(kept, start, end);
            }
            end = start;
        }
        return kept.toString();
    }

    private static void collectFragments(SelectionSet selections, Map<String, FragmentDefinition> fragments, Set<String> used) {
        if (selections == null) {
            return;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                collectFragments(field.getSelectionSet(), fragments, used);
            } else if (selection instanceof InlineFragment inline) {
                collectFragments(inline.getSelectionSet(), fragments, used);
            } else if (selection instanceof FragmentSpread spread && used.add(spread.getName())
                    && fragments.containsKey(spread.getName())) {
                collectFragments(fragments.get(spread.getName()).getSelectionSet(), fragments, used);
            }
        }
    }

    /** The char offset of a parser location (1-based line, and column counted in code points). */
    private static int offset(String document, SourceLocation location) {
        int lineStart = 0;
        for (int line = 1; line < location.getLine(); line++) {
            lineStart = document.indexOf('\n', lineStart) + 1;
        }
        return document.offsetByCodePoints(lineStart, location.getColumn() - 1);
    }

    /** Replaces each code point of [from, to) by a space, keeping line breaks. */
    private static void blank(StringBuilder text, int from, int to) {
        StringBuilder spaces = new StringBuilder();
        text.substring(from, to).codePoints()
                .forEach(c -> spaces.append(c == '\n' || c == '\r' ? (char) c : ' '));
        text.replace(from, to, spaces.toString());
    }
}
