package dev.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every list field of the live schema is bounded: a connection's edges by `first`, every other
 * list by the `@ListSize` directive the node count reads, with the bound stated in its description.
 */
@QuarkusTest
class ListBoundsTest {

    @Inject
    GraphQLSchema schema;

    /** Every list-typed field outside introspection and connections' edges, with its declared bound (null: none). */
    private Map<String, Integer> boundedLists() {
        Map<String, Integer> lists = new TreeMap<>();
        for (GraphQLType type : schema.getAllTypesAsList()) {
            if (!(type instanceof GraphQLFieldsContainer container) || container.getName().startsWith("__")) {
                continue;
            }
            for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
                if (!GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getType()))) {
                    continue;
                }
                if (field.getName().equals("edges") && container.getName().endsWith("Connection")) {
                    continue;
                }
                lists.put(container.getName() + "." + field.getName(), bound(field));
            }
        }
        return lists;
    }

    /** The {@code max} of the field's {@code listSize} directive, as SmallRye attaches it; null without one. */
    @SuppressWarnings("deprecation")
    private static Integer bound(GraphQLFieldDefinition field) {
        GraphQLDirective directive = field.getDirective("listSize");
        return directive == null ? null : ((Number) directive.getArgument("max").getArgumentValue().getValue()).intValue();
    }

    @Test
    void everyListFieldDeclaresABoundAndItsDescriptionStatesIt() {
        Map<String, Integer> lists = boundedLists();
        List<String> problems = new ArrayList<>();
        lists.forEach((name, max) -> {
            if (max == null) {
                problems.add(name + " has no @ListSize");
                return;
            }
            String[] parts = name.split("\\.");
            String description = ((GraphQLFieldsContainer) schema.getType(parts[0])).getFieldDefinition(parts[1]).getDescription();
            if (description == null || !description.toLowerCase(Locale.ROOT).contains("at most " + max)) {
                problems.add(name + " is bounded by " + max + " but its description does not say \"at most " + max + "\"");
            }
        });
        assertEquals(List.of(), problems);
        // the walk saw the lists it is about, so an empty problem list means something
        assertTrue(lists.keySet().containsAll(List.of("Article.mentions", "Event.participants", "Organization.aliases",
                "Query.timeline", "Stats.articlesPerSource", "Mutation.importArticles")), lists.keySet().toString());
    }

    @Test
    void theBoundsAreTheDocumentedOnes() {
        Map<String, Integer> lists = boundedLists();
        assertEquals(50, lists.get("Article.mentions"));
        assertEquals(50, lists.get("Article.organizations"));
        assertEquals(20, lists.get("Article.events"));
        assertEquals(50, lists.get("Event.participants"));
        assertEquals(20, lists.get("Event.causes"));
        assertEquals(20, lists.get("Event.consequences"));
        assertEquals(20, lists.get("Organization.aliases"));
        assertEquals(100, lists.get("Query.timeline"));
        assertEquals(100, lists.get("Query.search"));
        assertEquals(1200, lists.get("Stats.articlesPerMonth"));
        assertEquals(100, lists.get("Stats.articlesPerSource"));
    }

    @Test
    void eventsPerKindIsBoundedByTheNumberOfKinds() {
        GraphQLEnumType kinds = (GraphQLEnumType) schema.getType("EventKind");
        assertEquals(kinds.getValues().size(), boundedLists().get("Stats.eventsPerKind"));
    }

    @Test
    void connectionsAreNotPlainLists() {
        Map<String, Integer> lists = boundedLists();
        for (String connection : List.of("Organization.articles", "Organization.events", "Organization.participations",
                "Event.articles")) {
            assertTrue(!lists.containsKey(connection), connection + " is a connection");
            GraphQLType type = GraphQLTypeUtil.unwrapNonNull(((GraphQLFieldsContainer) schema.getType(connection.split("\\.")[0]))
                    .getFieldDefinition(connection.split("\\.")[1]).getType());
            assertTrue(!(type instanceof GraphQLList) && GraphQLTypeUtil.simplePrint(type).endsWith("Connection"), connection);
        }
    }
}
