package dev.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Relay's global object identification: every article, organization and event has an id unique
 * across types, and `node(id:)` fetches any of them again. In the kit, like {@link SearchResult},
 * so the features implement it without knowing who resolves it.
 */
@Interface("Node")
@Description("An object with a globally unique id; `node(id:)` and `nodes(ids:)` fetch any of them by it.")
public interface Node {

    String ID_DESCRIPTION = "Globally unique, opaque id: pass it to `node(id:)` or to any argument that takes one; never parse it.";

    @Id
    @NonNull
    @Name("id")
    @Description(ID_DESCRIPTION)
    String getGlobalId();
}
