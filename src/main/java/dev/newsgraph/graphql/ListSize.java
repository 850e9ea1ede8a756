package dev.newsgraph.graphql;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.Directive;
import io.smallrye.graphql.api.DirectiveLocation;

/**
 * The most items a plain list field (one that is not a connection) can hold, declared on the field
 * that returns it. The request's node count multiplies by it, before anything runs; the feature that
 * owns the list enforces it where the list is written or read, and its description states it.
 * SmallRye GraphQL turns this annotation into a schema directive, so the bound is read from the schema.
 */
@Directive(on = { DirectiveLocation.FIELD_DEFINITION })
@Description("The most items this list field returns; the node count of a request multiplies by it.")
@Retention(RUNTIME)
@Target({ METHOD, FIELD })
public @interface ListSize {

    @NonNull
    @Description("The largest number of items the list holds.")
    int max();
}
