package dev.newsgraph.event;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.ArticleEvent;
import dev.newsgraph.article.ArticleService;
import dev.newsgraph.graphql.ApiException;
import dev.newsgraph.graphql.DateRange;
import dev.newsgraph.graphql.ErrorCode;
import dev.newsgraph.graphql.BooleanFilter;
import dev.newsgraph.graphql.Keyset;
import dev.newsgraph.graphql.NodeType;
import dev.newsgraph.graphql.PageRequest;
import dev.newsgraph.graphql.Versions;
import dev.newsgraph.organization.Organization;
import dev.newsgraph.organization.OrganizationService;

@ApplicationScoped
public class EventService {

    /** The most events `timeline` lists: a screenful; `Organization.events` pages through all of them. */
    public static final int TIMELINE_MAX = 100;

    @Inject
    OrganizationService organizations;

    @Inject
    ArticleService articles;

    @Inject
    jakarta.enterprise.event.Event<EventChanged> changes;

    public Event get(Long id) {
        Event event = Event.findById(id);
        if (event == null) {
            throw ApiException.notFound(NodeType.EVENT, id);
        }
        return event;
    }

    public EventConnection list(EventFilter filter, EventOrder order, PageRequest page) {
        EventOrder sort = EventOrder.orDefault(order);
        Keyset.Where where = BooleanFilter.toWhere(filter);
        var slice = Keyset.page(Event.class, where, sort.key(), sort.direction, page, e -> e.id);
        return new EventConnection(slice, () -> Keyset.count(Event.class, where));
    }

    /**
     * The organization's events as a participant, in date order, the first {@link #TIMELINE_MAX} of the
     * range; see {@link EventPeriods} for the range and the order.
     */
    public List<Event> timeline(Long organizationId, LocalDate from, LocalDate to) {
        DateRange range = DateRange.of(from, to);
        organizations.get(organizationId);
        Keyset.Where period = EventPeriods.overlapping("e", range);
        var query = Event.getEntityManager().createQuery("select e from Participation p join p.event e"
                + " where p.organization.id = :organizationId and " + period.jpql()
                + " order by " + EventPeriods.chronological("e"), Event.class)
                .setParameter("organizationId", organizationId)
                .setMaxResults(TIMELINE_MAX);
        period.parameters().forEach(query::setParameter);
        EventPeriods.chronologicalParameters().forEach(query::setParameter);
        return query.getResultList();
    }

    @Transactional
    public Event create(EventInput input) {
        Event event = new Event();
        apply(event, input);
        event.persist();
        changed(event);
        return event;
    }

    @Transactional
    public Event update(Long id, EventInput input, Integer expectedVersion) {
        Event event = get(id);
        Versions.check(event.version, expectedVersion, NodeType.EVENT, id);
        apply(event, input);
        Event.flush();
        changed(event);
        return event;
    }

    @Transactional
    public Long delete(Long id) {
        get(id).delete();
        return id;
    }

    @Transactional
    public Event addParticipant(Long eventId, Long organizationId, ParticipantRole role) {
        Event event = get(eventId);
        Organization organization = organizations.get(organizationId);
        Participation participation = Participation
                .find("event = ?1 and organization = ?2", event, organization).firstResult();
        if (participation == null) {
            refuseBeyond(Participation.count("event", event), Participation.MAX_PER_EVENT, "Event.participants",
                    "event " + eventId + " already has %d participants");
            participation = new Participation();
            participation.event = event;
            participation.organization = organization;
            participation.role = role;
            participation.persist();
        } else {
            participation.role = role;
        }
        touch(event);
        organization.touch(); // a link is a change of both ends (the change log shows both)
        return event;
    }

    @Transactional
    public Event removeParticipant(Long eventId, Long organizationId) {
        Event event = get(eventId);
        Organization organization = organizations.get(organizationId);
        if (Participation.delete("event = ?1 and organization = ?2", event, organization) == 0) {
            throw new ApiException(ErrorCode.NOT_FOUND,
                    "Organization " + organization.getGlobalId() + " does not take part in event " + event.getGlobalId());
        }
        touch(event);
        organization.touch();
        return event;
    }

    @Transactional
    public Article linkArticle(Long articleId, Long eventId) {
        Article article = articles.get(articleId);
        Event event = get(eventId);
        if (ArticleEvent.count("article = ?1 and eventId = ?2", article, event.id) == 0) {
            refuseBeyond(ArticleEvent.count("article", article), ArticleEvent.MAX_PER_ARTICLE, "Article.events",
                    "article " + articleId + " already reports %d events");
            ArticleEvent link = new ArticleEvent();
            link.article = article;
            link.eventId = event.id;
            link.persist();
            touch(event);
            article.touch();
        }
        return article;
    }

    @Transactional
    public Article unlinkArticle(Long articleId, Long eventId) {
        Article article = articles.get(articleId);
        Event event = get(eventId);
        if (ArticleEvent.delete("article = ?1 and eventId = ?2", article, event.id) == 0) {
            throw new ApiException(ErrorCode.NOT_FOUND,
                    "Article " + article.getGlobalId() + " is not linked to event " + event.getGlobalId());
        }
        touch(event);
        article.touch();
        return article;
    }

    @Transactional
    public Event linkEvents(Long causeId, Long effectId) {
        if (Objects.equals(causeId, effectId)) {
            throw ApiException.validation("effectId", "an event cannot cause itself");
        }
        Event cause = get(causeId);
        Event effect = get(effectId);
        if (EventLink.count("cause = ?1 and effect = ?2", cause, effect) > 0) {
            return cause;
        }
        refuseBeyond(EventLink.count("cause", cause), EventLink.MAX_PER_EVENT, "Event.consequences",
                "event " + causeId + " already has %d consequences");
        refuseBeyond(EventLink.count("effect", effect), EventLink.MAX_PER_EVENT, "Event.causes",
                "event " + effectId + " already has %d causes");
        if (leadsTo(effect.id, cause.id)) {
            throw ApiException.validation("effectId", "event " + effect.getGlobalId() + " already leads to event " + cause.getGlobalId()
                    + "; the link would make a cycle");
        }
        EventLink link = new EventLink();
        link.cause = cause;
        link.effect = effect;
        link.persist();
        touch(cause);
        touch(effect);
        return cause;
    }

    @Transactional
    public Event unlinkEvents(Long causeId, Long effectId) {
        Event cause = get(causeId);
        Event effect = get(effectId);
        if (EventLink.delete("cause = ?1 and effect = ?2", cause, effect) == 0) {
            throw new ApiException(ErrorCode.NOT_FOUND,
                    "event " + cause.getGlobalId() + " is not linked to event " + effect.getGlobalId());
        }
        touch(cause);
        touch(effect);
        return cause;
    }

    /** Refuses one more item for a list that holds {@code count} of at most {@code max}; {@code message} takes the count. */
    private static void refuseBeyond(long count, int max, String limit, String message) {
        if (count >= max) {
            throw ApiException.limitExceeded(limit, max, message.formatted(count) + ", the most it can have");
        }
    }

    /** Whether following cause → effect links from {@code from} reaches {@code to}. */
    private static boolean leadsTo(Long from, Long to) {
        Set<Long> seen = new HashSet<>();
        Deque<Long> frontier = new ArrayDeque<>(List.of(from));
        while (!frontier.isEmpty()) {
            List<Long> level = List.copyOf(frontier);
            frontier.clear();
            List<Long> next = EventLink.getEntityManager()
                    .createQuery("select l.effect.id from EventLink l where l.cause.id in :ids", Long.class)
                    .setParameter("ids", level).getResultList();
            for (Long id : next) {
                if (id.equals(to)) {
                    return true;
                }
                if (seen.add(id)) {
                    frontier.add(id);
                }
            }
        }
        return false;
    }

    private static void apply(Event event, EventInput input) {
        event.title = input.title.strip();
        event.kind = input.kind;
        event.datePrecision = input.datePrecision == null ? DatePrecision.DAY : input.datePrecision;
        event.occurredOn = event.datePrecision.truncate(input.occurredOn);
        event.description = input.description == null || input.description.isBlank() ? null : input.description.strip();
        event.location = input.location == null || input.location.isBlank() ? null : input.location.strip();
    }

    /** A change of participants or links is a change of the event: bump its version and tell subscribers. */
    private void touch(Event event) {
        event.touch();
        changed(event);
    }

    private void changed(Event event) {
        changes.fire(new EventChanged(event.id));
    }
}
