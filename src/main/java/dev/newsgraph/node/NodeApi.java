package dev.newsgraph.node;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import dev.newsgraph.graphql.ApiException;
import dev.newsgraph.graphql.ListSize;
import dev.newsgraph.graphql.Node;

import graphql.ExceptionWhileDataFetching;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

@GraphQLApi
public class NodeApi {

    /** As many ids as `nodes` takes at once (GitHub's bound too). */
    static final int MAX_IDS = 100;

    @Inject
    NodeService nodes;

    @Inject
    Context context;

    @Query("node")
    @Description("Any article, organization or event by its id, whatever its type (Relay's refetch). NOT_FOUND, and null,"
            + " when the id names nothing.")
    public Node node(@NonNull @Id @Name("id") @Description("An id from any `id` field.") String id) {
        Node node = nodes.find(List.of(id)).get(0);
        if (node == null) {
            throw ApiException.notFound("node", id);
        }
        return node;
    }

    @Query("nodes")
    @NonNull
    @ListSize(max = MAX_IDS)
    @Description("Articles, organizations and events by their ids, in the order of the ids (at most 100). Where an id"
            + " names nothing the list holds null, and a NOT_FOUND error carries that position in its path.")
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public List<Node> nodes(@NonNull @Id @Size(max = MAX_IDS) @Name("ids")
            @Description("Ids from any `id` fields, at most 100; the same id may come more than once.") List<@NonNull String> ids) {
        List<Node> found = nodes.find(ids);
        if (!found.contains(null)) {
            return found;
        }
        // graphql-java completes each list item through a DataFetcherResult, so a missing node is a null
        // at its index with its own error there: the partial answer GitHub gives.
        DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
        List<Object> items = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i) != null) {
                items.add(found.get(i));
            } else {
                ExceptionWhileDataFetching error = new ExceptionWhileDataFetching(
                        environment.getExecutionStepInfo().getPath().segment(i),
                        ApiException.notFound("node", ids.get(i)), environment.getField().getSourceLocation());
                items.add(DataFetcherResult.newResult().error(error).build());
            }
        }
        return (List) items;
    }
}
