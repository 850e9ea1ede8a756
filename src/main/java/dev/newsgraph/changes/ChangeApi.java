package dev.newsgraph.changes;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import dev.newsgraph.graphql.Node;
import dev.newsgraph.graphql.NodeType;
import dev.newsgraph.graphql.Paging;
import dev.newsgraph.node.NodeService;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

@GraphQLApi
public class ChangeApi {

    @Inject
    ChangeService changes;

    @Inject
    ChangeStream stream;

    @Inject
    NodeService nodes;

    @Inject
    Paging paging;

    @Query("changes")
    @NonNull
    @Description("The change log for pollers: committed changes after `after` (from the oldest kept when left out), oldest first, at most 100 a page (20 by default). Keep the last `endCursor` and ask again from it; changes are kept for `NEWSGRAPH_CHANGES_RETENTION` (7 days by default), and an older cursor is refused.")
    public ChangeConnection changes(
            @Name("after") @Description("Cursor of the last change already seen.") String after,
            @Name("first") @Description("Page size.") Integer first,
            @Name("types") @Description("Only changes of nodes of these types (all when left out).") List<@NonNull NodeType> types) {
        return changes.page(after, paging.listSize(first), types == null ? null : Set.copyOf(types));
    }

    @Name("totalCount")
    @NonNull
    @Description("How many changes follow `after` (of the types asked for), over all pages.")
    public int totalCount(@Source ChangeConnection connection) {
        return connection.totalCount();
    }

    @Description("The changed node as it is now; null once it is deleted.")
    public List<Node> node(@Source List<Change> parents) {
        return nodes.find(parents.stream().map(Change::getNodeId).toList());
    }

    @Subscription("changes")
    @NonNull
    @Description("Every committed change after `after`, in commit order: first those already in the log, then live, from any instance, with no gap and no duplicate between the two. Without `after`, from now on. After a disconnect, subscribe again with the cursor of the last change received to miss nothing. A cursor older than the change log keeps is refused.")
    public Multi<Change> changesSubscription(
            @Name("after") @Description("Cursor of the last change already seen.") String after,
            @Name("types") @Description("Only changes of nodes of these types (all when left out).") List<@NonNull NodeType> types) {
        Long from = after == null ? null : changes.resumable(after);
        return stream.follow(from, types == null ? null : Set.copyOf(types));
    }
}
