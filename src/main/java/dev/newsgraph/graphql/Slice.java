package dev.newsgraph.graphql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import dev.newsgraph.graphql.Keyset.SortKey;

/** One page of a keyset-paged list: the nodes in list order, their cursors, and where the page sits. */
public record Slice<N>(List<N> nodes, List<String> cursors, PageInfo pageInfo) {

    public static <N> Slice<N> empty() {
        return new Slice<>(List.of(), List.of(), new PageInfo(false, false, null, null));
    }

    /**
     * The page from the rows a seek returned in scan order, asked for with one row beyond the page
     * size: that extra row, when it came, says more items follow.
     *
     * @param tieOf the id that breaks ties of the sort value (the sorted entity's id)
     */
    public static <N> Slice<N> of(List<N> rows, PageRequest page, SortKey<N> key, Function<N, Long> tieOf) {
        List<N> nodes = new ArrayList<>(rows);
        boolean more = nodes.size() > page.size();
        if (more) {
            nodes.subList(page.size(), nodes.size()).clear();
        }
        if (page.backward()) {
            Collections.reverse(nodes);
        }
        List<String> cursors = nodes.stream()
                .map(node -> new Cursor(key.name(), String.valueOf(key.value().apply(node)), tieOf.apply(node)).encode())
                .toList();
        String start = cursors.isEmpty() ? null : cursors.get(0);
        String end = cursors.isEmpty() ? null : cursors.get(cursors.size() - 1);
        boolean fromCursor = page.cursor() != null;
        PageInfo info = page.backward()
                ? new PageInfo(fromCursor, more, start, end)
                : new PageInfo(more, fromCursor, start, end);
        return new Slice<>(nodes, cursors, info);
    }
}
