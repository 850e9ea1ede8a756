package dev.newsgraph.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.language.Document;
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
}
