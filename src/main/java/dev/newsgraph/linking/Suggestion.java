package dev.newsgraph.linking;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A name that looks like an organization nobody has created yet. */
@Type("Suggestion")
@Description("A name in article text that looks like an organization but is not known; create it (or add it as an alias) to link it.")
public record Suggestion(
        @NonNull @Description("The name as written, possessive and leading 'The' removed.") String name,
        @NonNull @Description("How many times it occurs.") int count,
        @NonNull @Description("In how many articles it occurs.") int articles) {

    public Suggestion(String name, int count) {
        this(name, count, 1);
    }
}
