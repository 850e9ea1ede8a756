package dev.newsgraph.node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import dev.newsgraph.article.Article;
import dev.newsgraph.event.Event;
import dev.newsgraph.graphql.GlobalId;
import dev.newsgraph.graphql.Node;
import dev.newsgraph.graphql.NodeType;
import dev.newsgraph.organization.Organization;

/** Finds nodes of any type by their global ids: one query per type asked for, however many ids. */
@ApplicationScoped
public class NodeService {

    /** The nodes in the order of the ids; null where an id names nothing (not an id, or no such node). */
    public List<Node> find(List<String> ids) {
        List<Optional<GlobalId>> decoded = ids.stream().map(GlobalId::decode).toList();
        Map<NodeType, List<Long>> rowIds = new EnumMap<>(NodeType.class);
        for (Optional<GlobalId> id : decoded) {
            id.ifPresent(g -> rowIds.computeIfAbsent(g.type(), t -> new ArrayList<>()).add(g.rowId()));
        }
        Map<NodeType, Map<Long, Node>> loaded = new EnumMap<>(NodeType.class);
        rowIds.forEach((type, rows) -> loaded.put(type, load(type, rows)));
        List<Node> nodes = new ArrayList<>(ids.size());
        for (Optional<GlobalId> id : decoded) {
            nodes.add(id.map(g -> loaded.get(g.type()).get(g.rowId())).orElse(null));
        }
        return nodes;
    }

    private static Map<Long, Node> load(NodeType type, Collection<Long> rowIds) {
        return switch (type) {
            case ARTICLE -> byRowId(Article.byIds(rowIds), a -> a.id);
            case ORGANIZATION -> byRowId(Organization.byIds(rowIds), o -> o.id);
            case EVENT -> byRowId(Event.byIds(rowIds), e -> e.id);
        };
    }

    private static <T extends Node> Map<Long, Node> byRowId(List<T> nodes, Function<T, Long> rowId) {
        Map<Long, Node> byId = new HashMap<>();
        for (T node : nodes) {
            byId.put(rowId.apply(node), node);
        }
        return byId;
    }
}
