package dev.newsgraph.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.ArticleConnection;
import dev.newsgraph.article.ArticleOrder;
import dev.newsgraph.graphql.IdList;
import dev.newsgraph.graphql.NestedKeyset;
import dev.newsgraph.graphql.Paging;
import dev.newsgraph.graphql.SortDirection;

/**
 * The links of an event as nested fields, each resolved in one query per level for all parents at
 * once: its participants, the articles that report it (and an article's events), causes and effects.
 * An organization's events are in {@link OrganizationEventsApi}.
 */
@GraphQLApi
// SmallRye GraphQL calls @Source methods by reflection, and Quarkus registers for a native image only
// the classes that declare queries, mutations or subscriptions: this one has none.
@RegisterForReflection
public class EventLinksApi {

    /** The articles that report an event, newest first. */
    private static final NestedKeyset<Article> REPORTING = NestedKeyset.of(Article.class,
            "ArticleEvent l join l.article e", "l.eventId", ArticleOrder.BY_PUBLISHED_AT, SortDirection.DESC, a -> a.id);

    @Inject
    Paging paging;

    @Description("Organizations that took part, with their roles.")
    public List<@NonNull List<@NonNull Participation>> participants(@Source List<Event> events) {
        Map<Long, List<Participation>> byEvent = group(Participation.forEvents(ids(events, e -> e.id)), p -> p.event.id);
        return events.stream().map(e -> byEvent.getOrDefault(e.id, List.of())).toList();
    }

    @Description("Articles that report this event, newest first (at most 100 per page, 20 by default).")
    public List<@NonNull ArticleConnection> articles(@Source List<Event> events,
            @Name("first") @Description("Page size.") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        // one page per parent in the parents' order, repeats included (ids() drops them)
        return REPORTING.pages(events.stream().map(e -> e.id).toList(), paging.forward(first, after), ArticleConnection::new);
    }

    @Name("events")
    @Description("Events this article reports, most recent first.")
    public List<@NonNull List<@NonNull Event>> articleEvents(@Source List<Article> articles) {
        IdList ids = IdList.of("article", ids(articles, a -> a.id));
        List<Object[]> rows = ids.bind(Event.getEntityManager().createQuery(
                "select ae.article.id, e from ArticleEvent ae, Event e where e.id = ae.eventId and ae.article.id in "
                        + ids.placeholders() + " order by e.occurredOn desc, e.id desc", Object[].class)).getResultList();
        Map<Long, List<Event>> byArticle = new HashMap<>();
        for (Object[] row : rows) {
            byArticle.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Event) row[1]);
        }
        return articles.stream().map(a -> byArticle.getOrDefault(a.id, List.of())).toList();
    }

    @Description("Events that led to this one.")
    public List<@NonNull List<@NonNull Event>> causes(@Source List<Event> events) {
        return linked(events, "l.effect.id", "l.cause");
    }

    @Description("Events this one led to.")
    public List<@NonNull List<@NonNull Event>> consequences(@Source List<Event> events) {
        return linked(events, "l.cause.id", "l.effect");
    }

    private static List<List<Event>> linked(List<Event> events, String from, String to) {
        IdList ids = IdList.of("event", ids(events, e -> e.id));
        List<Object[]> rows = ids.bind(Event.getEntityManager().createQuery(
                "select " + from + ", x from EventLink l join " + to + " x where " + from + " in " + ids.placeholders()
                        + " order by x.occurredOn, x.id", Object[].class)).getResultList();
        Map<Long, List<Event>> byEvent = new HashMap<>();
        for (Object[] row : rows) {
            byEvent.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Event) row[1]);
        }
        return events.stream().map(e -> byEvent.getOrDefault(e.id, List.of())).toList();
    }

    private static <T> List<Long> ids(List<T> items, Function<T, Long> id) {
        return items.stream().map(id).distinct().toList();
    }

    private static <T> Map<Long, List<T>> group(List<T> items, Function<T, Long> key) {
        Map<Long, List<T>> grouped = new LinkedHashMap<>();
        for (T item : items) {
            grouped.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
        }
        return grouped;
    }
}
