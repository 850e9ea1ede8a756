package dev.newsgraph.changes;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ChangeOperation")
@Description("What a change did to its node.")
public enum ChangeOperation {
    @Description("The node was created.")
    CREATED,
    @Description("The node's fields or links changed (a link counts as an update of both its ends).")
    UPDATED,
    @Description("The node was deleted; `node` is null from then on.")
    DELETED;

    /** Two changes of one node in one transaction as one: created then updated is created; deleted wins. */
    ChangeOperation then(ChangeOperation next) {
        if (next == DELETED || this == DELETED) {
            return DELETED;
        }
        return this == CREATED ? CREATED : next;
    }
}
