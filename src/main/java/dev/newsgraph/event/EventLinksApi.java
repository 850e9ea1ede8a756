package dev.newsgraph.event;

import java.util.List;
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
import dev.newsgraph.article.ArticleEvent;
import dev.newsgraph.article.ArticleOrder;
import dev.newsgraph.graphql.Children;
import dev.newsgraph.graphql.IdList;
import dev.newsgraph.graphql.ListSize;
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

    @ListSize(max = Participation.MAX_PER_EVENT)
    @Description("Organizations that took part, with their roles; at most " + Participation.MAX_PER_EVENT + ".")
    public List<@NonNull List<@NonNull Participation>> participants(@Source List<Event> events) {
        return Children.of(Participation.forEvents(ids(events, e -> e.id)), p -> p.event.id, Participation.MAX_PER_EVENT)
                .forParents(events, e -> e.id);
    }

    @Description("Articles that report this event, newest first (at most 100 per page, 20 by default).")
    public List<@NonNull ArticleConnection> articles(@Source List<Event> events,
            @Name("first") @Description("Page size.") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        // one page per parent in the parents' order, repeats included (ids() drops them)
        return REPORTING.pages(events.stream().map(e -> e.id).toList(), paging.forward(first, after), ArticleConnection::new);
    }

    @Name("events")
    @ListSize(max = ArticleEvent.MAX_PER_ARTICLE)
    @Description("Events this article reports, most recent first; at most " + ArticleEvent.MAX_PER_ARTICLE + ".")
    public List<@NonNull List<@NonNull Event>> articleEvents(@Source List<Article> articles) {
        IdList ids = IdList.of("article", ids(articles, a -> a.id));
        List<Object[]> rows = ids.bind(Event.getEntityManager().createQuery(
                "select ae.article.id, e from ArticleEvent ae, Event e where e.id = ae.eventId and ae.article.id in "
                        + ids.placeholders() + " order by e.occurredOn desc, e.id desc", Object[].class)).getResultList();
        return Children.ofRows(rows, Event.class, ArticleEvent.MAX_PER_ARTICLE).forParents(articles, a -> a.id);
    }

    @ListSize(max = EventLink.MAX_PER_EVENT)
    @Description("Events that led to this one, oldest first; at most " + EventLink.MAX_PER_EVENT + ".")
    public List<@NonNull List<@NonNull Event>> causes(@Source List<Event> events) {
        return linked(events, "l.effect.id", "l.cause");
    }

    @ListSize(max = EventLink.MAX_PER_EVENT)
    @Description("Events this one led to, oldest first; at most " + EventLink.MAX_PER_EVENT + ".")
    public List<@NonNull List<@NonNull Event>> consequences(@Source List<Event> events) {
        return linked(events, "l.cause.id", "l.effect");
    }

    private static List<List<Event>> linked(List<Event> events, String from, String to) {
        IdList ids = IdList.of("event", ids(events, e -> e.id));
        List<Object[]> rows = ids.bind(Event.getEntityManager().createQuery(
                "select " + from + ", x from EventLink l join " + to + " x where " + from + " in " + ids.placeholders()
                        + " order by x.occurredOn, x.id", Object[].class)).getResultList();
        return Children.ofRows(rows, Event.class, EventLink.MAX_PER_EVENT).forParents(events, e -> e.id);
    }

    private static <T> List<Long> ids(List<T> items, Function<T, Long> id) {
        return items.stream().map(id).distinct().toList();
    }
}
