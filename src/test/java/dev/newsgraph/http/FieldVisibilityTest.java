package dev.newsgraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import graphql.Scalars;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.BlockedFields;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import graphql.schema.visibility.GraphqlFieldVisibility;

/** SmallRye's default field visibility setting hides nothing, and now costs nothing per field either. */
class FieldVisibilityTest {

    private static final GraphQLObjectType QUERY = GraphQLObjectType.newObject().name("Query")
            .field(GraphQLFieldDefinition.newFieldDefinition().name("a").type(Scalars.GraphQLString))
            .field(GraphQLFieldDefinition.newFieldDefinition().name("secret").type(Scalars.GraphQLString)).build();

    /** The schema builder as SmallRye leaves it: a block made of the setting's comma-separated patterns. */
    private static GraphQLSchema.Builder asSmallRyeBuildsIt(String setting) {
        BlockedFields.Builder block = BlockedFields.newBlock();
        for (String pattern : setting.split(",")) {
            block = block.addPattern(pattern);
        }
        return GraphQLSchema.newSchema().query(QUERY)
                .codeRegistry(GraphQLCodeRegistry.newCodeRegistry().fieldVisibility(block.build()).build());
    }

    private static GraphqlFieldVisibility visibility(GraphQLSchema schema) {
        return schema.getCodeRegistry().getFieldVisibility();
    }

    @Test
    void theDefaultSettingGetsTheDefaultVisibility() {
        GraphQLSchema schema = FieldVisibility.withoutDefaultBlock(asSmallRyeBuildsIt("default"), "default").build();
        assertSame(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY, visibility(schema));
        assertEquals(2, visibility(schema).getFieldDefinitions(QUERY).size());
    }

    @Test
    void theOldBlockHidNothingEither() {
        GraphQLSchema schema = asSmallRyeBuildsIt("default").build();
        assertEquals(2, visibility(schema).getFieldDefinitions(QUERY).size());
        assertEquals("a", visibility(schema).getFieldDefinition(QUERY, "a").getName());
    }

    @Test
    void aBlockThatHidesFieldsIsKept() {
        GraphQLSchema schema = FieldVisibility.withoutDefaultBlock(asSmallRyeBuildsIt("Query.secret"), "Query.secret").build();
        assertNull(visibility(schema).getFieldDefinition(QUERY, "secret"));
        assertEquals("a", visibility(schema).getFieldDefinition(QUERY, "a").getName());
    }
}
