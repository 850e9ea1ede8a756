package dev.newsgraph.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A Relay cursor connection: a page of edges, where it sits, and the total on demand. A connection
 * type is a small subclass naming itself and its edge:
 *
 * <pre>
 * &#64;Type("ArticleConnection")
 * public class ArticleConnection extends Connection&lt;Article, ArticleConnection.ArticleEdge&gt; {
 *     &#64;Type("ArticleEdge")
 *     public static class ArticleEdge extends Edge&lt;Article&gt; { ArticleEdge(String c, Article n) { super(c, n); } }
 *     public ArticleConnection(Slice&lt;Article&gt; slice, IntSupplier totalCount) { super(slice, ArticleEdge::new, totalCount); }
 * }
 * </pre>
 *
 * plus its {@code totalCount} field, a {@code @Source} resolver that calls {@link #totalCount()}.
 *
 * SmallRye GraphQL 2.17 resolves the superclass's type variables for such a subclass, but names a
 * generic edge after its argument ({@code Edge_Article}): hence the named edge subclass.
 */
@RegisterForReflection
public abstract class Connection<N, E extends Edge<N>> {

    @NonNull
    @Description("The items of this page.")
    public final List<@NonNull E> edges;

    @NonNull
    @Description("Where this page sits.")
    public final PageInfo pageInfo;

    @Ignore
    private final IntSupplier counter;

    /** @param totalCount runs only when a client asks for {@code totalCount} */
    protected Connection(Slice<N> slice, BiFunction<String, N, E> edge, IntSupplier totalCount) {
        List<E> page = new ArrayList<>(slice.nodes().size());
        for (int i = 0; i < slice.nodes().size(); i++) {
            page.add(edge.apply(slice.cursors().get(i), slice.nodes().get(i)));
        }
        this.edges = List.copyOf(page);
        this.pageInfo = slice.pageInfo();
        this.counter = totalCount;
    }

    /**
     * The number of items over all pages, counted now. A connection type exposes it through a
     * {@code @Source} resolver: SmallRye runs those on a worker thread, while a getter would run on
     * whatever thread completed the page, often the event loop, where a query must not block.
     */
    public int totalCount() {
        return counter.getAsInt();
    }
}
