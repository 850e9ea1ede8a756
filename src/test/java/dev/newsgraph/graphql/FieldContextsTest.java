package dev.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Type;
import jakarta.json.Json;

/**
 * A fetch's context with deferred selected fields holds what SmallRye's own context for the same fetch holds:
 * both are built in the same fetches of real executions (aliases, fragments, arguments, nested lists, a
 * source field that only one of the two selections keeps) and compared getter by getter.
 */
class FieldContextsTest {

    private static final String SDL = """
            type Query { articles(first: Int): [Article] }
            type Article { id: ID title: String organizations: [Organization] }
            type Organization { name: String articles(first: Int): [Article] }
            """;

    /** The model of Article, with {@code organizations} as a source field (a @Source resolver), as SmallRye builds it. */
    private static Type article() {
        Type type = new Type("Article", "Article", null);
        Operation organizations = new Operation();
        organizations.setName("organizations");
        organizations.setSourceFieldOn(new Reference.Builder().className("Article").name("Article")
                .type(ReferenceType.TYPE).build());
        type.addOperation(organizations);
        return type;
    }

    private record Pair(SmallRyeContext smallRye, SmallRyeContext deferred, DataFetchingEnvironment environment,
            boolean current, boolean inGraphQLContext) {
    }

    private final List<Pair> pairs = new ArrayList<>();

    @AfterEach
    void clear() {
        SmallRyeContextManager.clearCurrentSmallRyeContext();
    }

    private void execute(String query) {
        Type type = article();
        Operation field = new Operation();
        field.setName("articles");
        Map<String, Object> organization = Map.of("name", "Acme");
        Map<String, Object> article = Map.of("id", "1", "title", "T", "organizations", List.of(organization));
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL),
                RuntimeWiring.newRuntimeWiring()
                        .type("Query", t -> t.dataFetcher("articles", environment -> {
                            record(type, field, environment);
                            return List.of(article, article);
                        }))
                        .type("Article", t -> t.dataFetcher("organizations", environment -> {
                            record(type, field, environment);
                            return List.of(organization);
                        }))
                        .build());
        SmallRyeContextManager.fromInitialRequest(Json.createObjectBuilder().add("query", query).build());
        ExecutionResult result = GraphQL.newGraphQL(schema).build().execute(ExecutionInput.newExecutionInput(query));
        assertTrue(result.getErrors().isEmpty(), () -> result.getErrors().toString());
    }

    private void record(Type type, Operation field, DataFetchingEnvironment environment) {
        SmallRyeContext smallRye = SmallRyeContextManager.populateFromDataFetchingEnvironment(type, field, environment);
        SmallRyeContext deferred = FieldContexts.populate(type, field, environment);
        pairs.add(new Pair(smallRye, deferred, environment, SmallRyeContextManager.getCurrentSmallRyeContext() == deferred,
                environment.getGraphQlContext().get(SmallRyeContextManager.CONTEXT) == deferred));
    }

    private void assertSameContexts() {
        assertFalse(pairs.isEmpty());
        for (Pair pair : pairs) {
            SmallRyeContext expected = pair.smallRye();
            SmallRyeContext actual = pair.deferred();
            assertEquals(expected.getSelectedFields().toString(), actual.getSelectedFields().toString());
            assertEquals(expected.getSelectedFields(), actual.getSelectedFields());
            assertEquals(expected.getSelectedAndSourceFields().toString(), actual.getSelectedAndSourceFields().toString());
            assertEquals(expected.getSelectedAndSourceFields(), actual.getSelectedAndSourceFields());
            assertEquals(expected.getSelectedFields().size(), actual.getSelectedFields().size());
            assertEquals(expected.getPath(), actual.getPath());
            assertEquals(expected.getFieldName(), actual.getFieldName());
            assertEquals(expected.getArguments(), actual.getArguments());
            assertEquals(expected.getExecutionId(), actual.getExecutionId());
            assertEquals(expected.getOperationType(), actual.getOperationType());
            assertEquals(expected.getRequestedOperationTypes(), actual.getRequestedOperationTypes());
            assertEquals(expected.getParentTypeName(), actual.getParentTypeName());
            assertEquals(expected.getOperationName(), actual.getOperationName());
            assertEquals(expected.getRequest(), actual.getRequest());
            assertSame(expected.getField(), actual.getField());
            assertSame((Object) expected.getSource(), actual.getSource());
            assertSame(pair.environment(), actual.unwrap(DataFetchingEnvironment.class));
            assertSame(pair.environment(), actual.getDataFetchingEnvironment());
            assertTrue(pair.current(), "the deferred context is the current one, as SmallRye's would be");
            assertTrue(pair.inGraphQLContext(), "the deferred context is the one kept in the GraphQL context");
        }
    }

    @Test
    void aQueryWithNestedListsAliasesAndArguments() {
        execute("{ articles(first: 2) { id headline: title organizations { name articles(first: 1) { id } } } }");
        assertEquals(3, pairs.size()); // the top level and each article's organizations
        assertSameContexts();
        // the source field is in one selection and not in the other, so the two JSON arrays do differ
        Pair top = pairs.get(0);
        assertNotEquals(top.deferred().getSelectedFields().toString(), top.deferred().getSelectedAndSourceFields().toString());
        assertTrue(top.deferred().getSelectedAndSourceFields().toString().contains("organizations"));
        assertEquals("/articles[0]/organizations", pairs.get(1).deferred().getPath());
        assertTrue(top.smallRye().getSelectedFields().toString().contains("title"), "SmallRye's selection is not empty");
    }

    @Test
    void fragmentsAndANamedOperation() {
        execute("""
                query Feed { articles { ...a organizations { ... on Organization { name } } } }
                fragment a on Article { id title }
                """);
        assertSameContexts();
        assertEquals("Feed", pairs.get(0).deferred().getOperationName().orElseThrow());
    }

    @Test
    void aSelectionOfScalarsOnly() {
        execute("{ articles { id } }");
        assertEquals(1, pairs.size());
        assertSameContexts();
        assertEquals("[\"id\"]", pairs.get(0).deferred().getSelectedFields().toString());
    }

    @Test
    void theSelectionIsBuiltWhenReadAndIsAJsonArray() {
        execute("{ articles { id title } }");
        SmallRyeContext deferred = pairs.get(0).deferred();
        assertInstanceOf(DeferredJsonArray.class, deferred.getSelectedFields(),
                "SmallRye's builder is reachable: the selection is deferred");
        assertEquals(jakarta.json.JsonValue.ValueType.ARRAY, deferred.getSelectedFields().getValueType());
        assertEquals("id", deferred.getSelectedFields().getString(0));
        assertEquals("title", deferred.getSelectedFields().getJsonString(1).getString());
        assertSameContexts();
    }
}
