package dev.newsgraph.http;

import java.lang.reflect.Field;

import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.spi.config.Config;

/**
 * The schema's field visibility as configured, without a regular expression per field where none is asked
 * for. SmallRye GraphQL 2.17 turns the default setting ({@code quarkus.smallrye-graphql.field-visibility=default})
 * into graphql-java's {@code BlockedFields} with the one pattern {@code default}, which the engine then matches
 * against "Type.field" twice for every field it executes (a string built and a regex run each time, 4 % of the
 * executed feed's CPU and 12 % of what it allocated, JFR) and which never matches: a field's name has a dot.
 * With that setting the schema gets graphql-java's default visibility instead, which hides nothing either.
 */
@RegisterForReflection(targets = GraphQLSchema.Builder.class)
final class FieldVisibility {

    private FieldVisibility() {
    }

    /** Replaces the no-op block with the default visibility when the setting is SmallRye's default. */
    static GraphQLSchema.Builder withoutDefaultBlock(GraphQLSchema.Builder builder, String setting) {
        if (!Config.FIELD_VISIBILITY_DEFAULT.equals(setting)) {
            return builder;
        }
        GraphQLCodeRegistry registry = codeRegistry(builder);
        if (registry == null) {
            return builder;
        }
        return builder.codeRegistry(registry.transform(
                code -> code.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY)));
    }

    /** The code registry SmallRye put on the builder (graphql-java's builder has no getter for it). */
    private static GraphQLCodeRegistry codeRegistry(GraphQLSchema.Builder builder) {
        try {
            Field field = GraphQLSchema.Builder.class.getDeclaredField("codeRegistry");
            field.setAccessible(true);
            return (GraphQLCodeRegistry) field.get(builder);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("graphql-java's GraphQLSchema.Builder has no field codeRegistry"
                    + ": check FieldVisibility against this graphql-java version", e);
        }
    }
}
