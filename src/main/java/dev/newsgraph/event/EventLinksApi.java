package dev.newsgraph.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.newsgraph.article.Article;
import dev.newsgraph.graphql.IdList;
import dev.newsgraph.organization.Organization;

/**
 * Every edge that touches an event, as nested fields resolved in one query per level for all
 * parents at once: event ↔ organization, event ↔ article, cause → effect.
 */
@GraphQLApi
// SmallRye GraphQL calls @Source methods by reflection, and Quarkus registers for a native image only
// the classes that declare queries, mutations or subscriptions: this one has none.
@RegisterForReflection
public class EventLinksApi {

    @Description("Organizations that took part, with their roles.")
    public List<@NonNull List<@NonNull Participation>> participants(@Source List<Event> events) {
        Map<Long, List<Participation>> byEvent = group(Participation.forEvents(ids(events, e -> e.id)), p -> p.event.id);
        return events.stream().map(e -> byEvent.getOrDefault(e.id, List.of())).toList();
    }

    @Description("Events this organization took part in, with its role, oldest first.")
    public List<@NonNull List<@NonNull Participation>> participations(@Source List<Organization> organizations) {
        Map<Long, List<Participation>> byOrganization = group(
                Participation.forOrganizations(ids(organizations, o -> o.id)), p -> p.organization.id);
        return organizations.stream().map(o -> byOrganization.getOrDefault(o.id, List.of())).toList();
    }

    @Name("events")
    @Description("Events this organization took part in, oldest first.")
    public List<@NonNull List<@NonNull Event>> organizationEvents(@Source List<Organization> organizations) {
        return participations(organizations).stream()
                .map(list -> list.stream().map(p -> p.event).toList()).toList();
    }

    @Description("Articles that report this event, newest first.")
    public List<@NonNull List<@NonNull Article>> articles(@Source List<Event> events) {
        IdList ids = IdList.of("event", ids(events, e -> e.id));
        List<Object[]> rows = ids.bind(Event.getEntityManager().createQuery(
                "select ae.eventId, a from ArticleEvent ae join ae.article a where ae.eventId in " + ids.placeholders()
                        + " order by a.publishedAt desc, a.id desc", Object[].class)).getResultList();
        Map<Long, List<Article>> byEvent = new HashMap<>();
        for (Object[] row : rows) {
            byEvent.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Article) row[1]);
        }
        return events.stream().map(e -> byEvent.getOrDefault(e.id, List.of())).toList();
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
