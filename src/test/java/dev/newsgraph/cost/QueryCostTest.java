package dev.newsgraph.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.analysis.QueryComplexityCalculator;
import graphql.analysis.QueryTraverser;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeRuntimeWiring;

/** The node count of documents against a small schema shaped like Newsgraph's, without Quarkus. */
class QueryCostTest {

    private static final String SDL = """
            directive @listSize(max: Int!) on FIELD_DEFINITION
            interface Node { id: ID! }
            union SearchResult = Article | Organization
            type Query {
              article(id: ID!): Article
              articles(first: Int, after: String, last: Int, before: String): ArticleConnection!
              events(first: Int, after: String): EventConnection!
              nodes(ids: [ID!]!): [Node]! @listSize(max: 100)
              search(text: String!, first: Int): [SearchResult!]! @listSize(max: 100)
              timeline(organizationId: ID!): [Event!]! @listSize(max: 100)
            }
            type Mutation { createArticle(title: String!): Article! }
            type Article implements Node {
              id: ID! title: String! body: String!
              mentions: [Mention!]! @listSize(max: 50)
              organizations: [Organization!]! @listSize(max: 50)
              events: [Event!]! @listSize(max: 20)
            }
            type Mention { count: Int! organization: Organization! }
            type Organization implements Node {
              id: ID! name: String!
              aliases: [String!]! @listSize(max: 20)
              articles(first: Int, after: String): ArticleConnection!
            }
            type Event implements Node {
              id: ID! title: String!
              articles(first: Int, after: String): ArticleConnection!
              participants: [Participation!]! @listSize(max: 50)
            }
            type Participation { role: String! organization: Organization! }
            type ArticleConnection { edges: [ArticleEdge!]! pageInfo: PageInfo! totalCount: Int! }
            type ArticleEdge { cursor: String! node: Article! }
            type EventConnection { edges: [EventEdge!]! pageInfo: PageInfo! totalCount: Int! }
            type EventEdge { cursor: String! node: Event! }
            type PageInfo { hasNextPage: Boolean! endCursor: String }
            """;

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL),
            RuntimeWiring.newRuntimeWiring()
                    .type(TypeRuntimeWiring.newTypeWiring("Node").typeResolver(env -> null))
                    .type(TypeRuntimeWiring.newTypeWiring("SearchResult").typeResolver(env -> null))
                    .build());

    private static long nodes(String document) {
        return nodes(document, Map.of());
    }

    private static long nodes(String document, Map<String, Object> variables) {
        Document parsed = Parser.parse(document);
        return QueryCost.nodes(SCHEMA, parsed, null, variables);
    }

    @Test
    void aPageCountsItsNodesAndEachListBelowMultipliesByItsBound() {
        // 10 articles, each with at most 50 mentions (and their organization) and at most 20 events
        assertEquals(10 * (1 + 50 * 2 + 20), nodes("""
                { articles(first: 10) { totalCount pageInfo { hasNextPage endCursor }
                  edges { cursor node { title mentions { count organization { name } } events { title } } } } }"""));
    }

    @Test
    void aPageWithoutFirstHoldsTwentyAndScalarListsCountNothing() {
        assertEquals(20 * (1 + 50), nodes("{ articles { edges { node { title organizations { name aliases } } } } }"));
    }

    @Test
    void firstAndLastAreReadFromVariablesAndTheirDefaults() {
        String query = "query($n: Int = 7) { articles(last: $n) { edges { node { id } } } }";
        assertEquals(3, nodes(query, Map.of("n", 3)));
        assertEquals(7, nodes(query));
    }

    @Test
    void fanOutThroughTheGraphsLoopsMultipliesDownThePath() {
        long expected = 100 * (1 + 20 * (1 + 20 * (1 + 20 * (1 + 20 * (1 + 20L)))));
        String articles = "articles { edges { node { %s } } }";
        String inner = articles.formatted("title body");
        inner = articles.formatted("events { " + inner + " }");
        inner = articles.formatted("events { " + inner + " }");
        assertEquals(expected, nodes("{ events(first: 100) { edges { node { " + inner + " } } } }"));
    }

    @Test
    void aliasesAreSummed() {
        StringBuilder bomb = new StringBuilder("{");
        for (int i = 0; i < 60; i++) {
            bomb.append(" a").append(i).append(": articles(first: 100) { edges { node { title } } }");
        }
        assertEquals(60 * 100, nodes(bomb.append(" }").toString()));
    }

    @Test
    void fragmentsAreCountedWhereTheyAreSpreadAndTypeConditionsAreSummed() {
        assertEquals(5 * (1 + 1 + 50), nodes("""
                { search(text: "x", first: 5) { ...A ... on Organization { name articles(first: 1) { edges { node { id } } } } } }
                fragment A on Article { organizations { name } }"""));
    }

    @Test
    void fragmentTreesThatExpandExponentiallyAreCountedOnceEachAndSaturate() {
        StringBuilder document = new StringBuilder("{ article(id: \"1\") { ...F0 } }\n");
        int levels = 80;
        for (int i = 0; i < levels; i++) {
            document.append("fragment F").append(i).append(" on Article { events { title } ...F").append(i + 1)
                    .append(" ...F").append(i + 1).append(" }\n");
        }
        document.append("fragment F").append(levels).append(" on Article { title }\n");
        assertEquals(Long.MAX_VALUE, nodes(document.toString()));

        StringBuilder small = new StringBuilder("{ article(id: \"1\") { ...F0 } }\n");
        for (int i = 0; i < 10; i++) {
            small.append("fragment F").append(i).append(" on Article { ...F").append(i + 1).append(" ...F").append(i + 1).append(" }\n");
        }
        small.append("fragment F10 on Article { events { title } }\n");
        assertEquals(1 + 1024 * 20, nodes(small.toString()));
    }

    @Test
    void hugeFirstValuesSaturateInsteadOfOverflowing() {
        assertEquals(Long.MAX_VALUE, nodes("""
                { articles(first: 2147483647) { edges { node { events { articles(first: 2147483647) { edges { node {
                  events { articles(first: 99999999999999999999) { edges { node { id } } } } } } } } } } } }"""));
    }

    @Test
    void nodesCountsTheIdsItIsGiven() {
        String query = "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Article { organizations { name } } } }";
        assertEquals(3 * (1 + 50), nodes(query, Map.of("ids", List.of("a", "b", "c"))));
        assertEquals(2 * (1 + 50), nodes("{ nodes(ids: [\"a\", \"b\"]) { id ... on Article { organizations { name } } } }"));
    }

    @Test
    void plainListsWithoutFirstCountTheirBound() {
        assertEquals(100 * (1 + 50 * 2), nodes("{ timeline(organizationId: \"1\") { participants { organization { name } } } }"));
    }

    @Test
    void introspectionAndTypenameCountNothing() {
        assertEquals(0, nodes("{ __typename __schema { types { name fields { name type { name } } } } }"));
    }

    @Test
    void mutationsAreCountedFromTheMutationType() {
        assertEquals(1 + 20, nodes("mutation { createArticle(title: \"t\") { id events { title } } }"));
    }

    @Test
    void theNamedOperationIsCounted() {
        Document document = Parser.parse("query A { article(id: \"1\") { id } } query B { articles(first: 3) { edges { node { id } } } }");
        assertEquals(1, QueryCost.nodes(SCHEMA, document, "A", Map.of()));
        assertEquals(3, QueryCost.nodes(SCHEMA, document, "B", Map.of()));
        assertEquals(0, QueryCost.nodes(SCHEMA, document, null, Map.of()));
    }

    private static QueryCost.Measure measure(String document, Map<String, Object> variables) {
        return QueryCost.measure(SCHEMA, Parser.parse(document), null, variables);
    }

    /** graphql-java's own complexity (MaxQueryComplexityInstrumentation's): every field 1, {@code __typename} 0. */
    private static int engineComplexity(String document, Map<String, Object> variables) {
        return QueryComplexityCalculator.newCalculator().schema(SCHEMA).document(Parser.parse(document))
                .fieldComplexityCalculator((env, children) -> children + 1)
                .variables(CoercedVariables.of(variables)).build().calculate();
    }

    /** graphql-java's own depth (MaxQueryDepthInstrumentation's): a root field is 1 deep. */
    private static int engineDepth(String document, Map<String, Object> variables) {
        return QueryTraverser.newQueryTraverser().schema(SCHEMA).document(Parser.parse(document))
                .coercedVariables(CoercedVariables.of(variables)).build()
                .reducePreOrder((env, deepest) -> {
                    int depth = 1;
                    for (var parent = env.getParentEnvironment(); parent != null; parent = parent.getParentEnvironment()) {
                        depth++;
                    }
                    return Math.max(depth, deepest);
                }, 0);
    }

    @Test
    void depthAndComplexityAreGraphqlJavasForDocumentsThatSpreadEachFragmentOnce() {
        Map<String, Map<String, Object>> documents = Map.of(
                "{ articles(first: 10) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { title"
                        + " mentions { count organization { name } } events { title } } } } }", Map.of(),
                "{ __typename search(text: \"x\") { __typename ... on Article { title } ...O } }"
                        + " fragment O on Organization { name articles { edges { node { id } } } }", Map.of(),
                "query($deep: Boolean!, $flat: Boolean = true) { a: article(id: \"1\") { id events @include(if: $deep) {"
                        + " participants { organization { name } } } ... on Article @skip(if: $flat) { organizations { name } } } }",
                Map.of("deep", true, "flat", true),
                "query($deep: Boolean!) { article(id: \"1\") { id events @include(if: $deep) { participants { role } } } }",
                Map.of("deep", false),
                "{ __schema { types { name fields { name type { name ofType { name } } } } } }", Map.of());
        documents.forEach((document, variables) -> {
            QueryCost.Measure measure = measure(document, variables);
            assertEquals(engineComplexity(document, variables), measure.complexity(), document);
            assertEquals(engineDepth(document, variables), measure.depth(), document);
        });
    }

    @Test
    void skipAndIncludeLeaveFieldsOutOfDepthAndComplexityButNotOutOfTheNodeCount() {
        String query = "query($deep: Boolean!) { article(id: \"1\") { id events @include(if: $deep) { participants { role } } } }";
        assertEquals(new QueryCost.Measure(1 + 20 * (1 + 50), 4, 5, 0), measure(query, Map.of("deep", true)));
        assertEquals(new QueryCost.Measure(1 + 20 * (1 + 50), 2, 2, 0), measure(query, Map.of("deep", false)));
        assertEquals(new QueryCost.Measure(1, 2, 1, 0), measure("{ article(id: \"1\") { __typename id @skip(if: true) } }", Map.of()));
    }

    @Test
    void aFragmentAddsItsFieldsAtEachSpreadAndItsDepthBelowTheDeepestOne() {
        QueryCost.Measure measure = measure("""
                { article(id: "1") { ...T events { articles { edges { node { ...T } } } } } }
                fragment T on Article { title organizations { name } }""", Map.of());
        assertEquals(1 + 3 + 4 + 3, measure.complexity());
        assertEquals(7, measure.depth());
    }

    @Test
    void aKeptMeasureIsOnlyReusedForTheSameValuesOfTheVariablesItReads() {
        MeasuredOperations measured = new MeasuredOperations();
        OperationDefinition operation = Parser.parse("query($n: Int, $ids: [ID!]!, $deep: Boolean!, $text: String) {"
                + " articles(first: $n) { edges { node { id events @include(if: $deep) { title } } } } nodes(ids: $ids) { id }"
                + " search(text: $text, first: $n) { __typename } }").getDefinitionsOfType(OperationDefinition.class).get(0);
        List<Map<String, Object>> requests = List.of(
                Map.of("n", 3, "ids", List.of("a"), "deep", true, "text", "x"),
                Map.of("n", 50, "ids", List.of("a"), "deep", true, "text", "x"),
                Map.of("n", 3, "ids", List.of("a", "b", "c"), "deep", true, "text", "x"),
                Map.of("n", 3, "ids", List.of("a"), "deep", false, "text", "x"),
                Map.of("ids", List.of("a"), "deep", true, "text", "y"),
                Map.of("n", 3, "ids", List.of("b"), "deep", true, "text", "y"));
        java.util.Set<QueryCost.Measure> distinct = new java.util.HashSet<>();
        for (int round = 0; round < 2; round++) {
            for (Map<String, Object> variables : requests) {
                QueryCost.Measure expected = QueryCost.measure(SCHEMA, operation, Map.of(), variables);
                assertEquals(expected, measured.measure(SCHEMA, operation, Map.of(), variables), variables.toString());
                distinct.add(expected);
            }
        }
        assertEquals(5, distinct.size(), "the requests differ in what they cost");
    }
}
