package dev.newsgraph.event;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import dev.newsgraph.article.Article;
import dev.newsgraph.graphql.GlobalId;
import dev.newsgraph.graphql.ListSize;
import dev.newsgraph.graphql.NodeType;
import dev.newsgraph.graphql.Paging;
import dev.newsgraph.security.Roles;

@GraphQLApi
public class EventApi {

    @Inject
    EventService events;

    @Inject
    Paging paging;

    @Query("event")
    @Description("One event by id.")
    public Event event(@NonNull @Id @Name("id") @Description("Event id.") String id) {
        return events.get(GlobalId.rowId(id, NodeType.EVENT));
    }

    @Query("events")
    @NonNull
    @Description("Events, filtered and ordered (most recent first by default), one page at a time (at most 100 items, 20 by default).")
    public EventConnection events(
            @Name("filter") @Description("Conditions the events must meet.") @Valid EventFilter filter,
            @Name("orderBy") @Description("Ordering; most recent first if left out.") EventOrder orderBy,
            @Name("first") @Description("Page size when paging forward.") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after,
            @Name("last") @Description("Page size when paging backward.") Integer last,
            @Name("before") @Description("Cursor before which the page ends.") String before) {
        return events.list(filter, orderBy, paging.request(first, after, last, before));
    }

    @Query("timeline")
    @NonNull
    @Description("The events an organization took part in, oldest first. An event covers its whole `datePrecision`"
            + " period: it sorts at the period's start (a MONTH event at the 1st, before that month's DAY events) and is"
            + " in the range when its period overlaps it. NOT_FOUND for an unknown organization. At most "
            + EventService.TIMELINE_MAX + " events, the earliest of the range: narrow it with `from` and `to`, or page"
            + " through `Organization.events`.")
    @ListSize(max = EventService.TIMELINE_MAX)
    public List<@NonNull Event> timeline(
            @NonNull @Id @Name("organizationId") @Description("The organization.") String organizationId,
            @Name("from") @Description("Only events whose period ends on or after this day.") LocalDate from,
            @Name("to") @Description("Only events whose period starts on or before this day; not before `from`.") LocalDate to) {
        return events.timeline(GlobalId.rowId(organizationId, NodeType.ORGANIZATION), from, to);
    }

    @Name("totalCount")
    @NonNull
    @Description("Number of events matching the filter, over all pages.")
    public int totalCount(@Source EventConnection connection) {
        return connection.totalCount();
    }

    @Mutation("createEvent")
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Create an event. Needs the editor role.")
    public Event createEvent(@NonNull @Valid @Name("input") @Description("The new event's fields.") EventInput input) {
        return events.create(input);
    }

    @Mutation("updateEvent")
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Replace an event's fields. With `expectedVersion`, refused with CONFLICT if it changed meanwhile.")
    public Event updateEvent(@NonNull @Id @Name("id") @Description("The event to change.") String id,
            @NonNull @Valid @Name("input") @Description("All its editable fields, as they should be.") EventInput input,
            @Name("expectedVersion") @Description("The version you read; CONFLICT when it is stale.") Integer expectedVersion) {
        return events.update(GlobalId.rowId(id, NodeType.EVENT), input, expectedVersion);
    }

    @Mutation("deleteEvent")
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Id
    @Description("Delete an event and its links (participants, articles, causes and consequences); returns its id.")
    public String deleteEvent(@NonNull @Id @Name("id") @Description("The event to delete.") String id) {
        return GlobalId.of(NodeType.EVENT, events.delete(GlobalId.rowId(id, NodeType.EVENT)));
    }

    @Mutation("addParticipant")
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Record that an organization took part in an event, in a role; sets the role if it already takes part.")
    public Event addParticipant(@NonNull @Id @Name("eventId") @Description("The event.") String eventId,
            @NonNull @Id @Name("organizationId") @Description("The organization taking part.") String organizationId,
            @NonNull @Name("role") @Description("The part it played.") ParticipantRole role) {
        return events.addParticipant(GlobalId.rowId(eventId, NodeType.EVENT), GlobalId.rowId(organizationId, NodeType.ORGANIZATION), role);
    }

    @Mutation("removeParticipant")
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Remove an organization from an event's participants.")
    public Event removeParticipant(@NonNull @Id @Name("eventId") @Description("The event.") String eventId,
            @NonNull @Id @Name("organizationId") @Description("The organization to remove from it.") String organizationId) {
        return events.removeParticipant(GlobalId.rowId(eventId, NodeType.EVENT), GlobalId.rowId(organizationId, NodeType.ORGANIZATION));
    }

    @Mutation("linkArticleToEvent")
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Record that an article reports an event (idempotent); returns the article.")
    public Article linkArticleToEvent(@NonNull @Id @Name("articleId") @Description("The article that reports it.") String articleId,
            @NonNull @Id @Name("eventId") @Description("The event it reports.") String eventId) {
        return events.linkArticle(GlobalId.rowId(articleId, NodeType.ARTICLE), GlobalId.rowId(eventId, NodeType.EVENT));
    }

    @Mutation("unlinkArticleFromEvent")
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Remove the link between an article and an event; returns the article.")
    public Article unlinkArticleFromEvent(@NonNull @Id @Name("articleId") @Description("The article.") String articleId,
            @NonNull @Id @Name("eventId") @Description("The event it no longer reports.") String eventId) {
        return events.unlinkArticle(GlobalId.rowId(articleId, NodeType.ARTICLE), GlobalId.rowId(eventId, NodeType.EVENT));
    }

    @Mutation("linkEvents")
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Record that one event led to another (idempotent; cycles are refused); returns the cause.")
    public Event linkEvents(@NonNull @Id @Name("causeId") @Description("The event that led to the other.") String causeId,
            @NonNull @Id @Name("effectId") @Description("The event it led to; not the cause.") String effectId) {
        return events.linkEvents(GlobalId.rowId(causeId, NodeType.EVENT), GlobalId.rowId(effectId, NodeType.EVENT));
    }

    @Mutation("unlinkEvents")
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Remove a cause → effect link; returns the cause.")
    public Event unlinkEvents(@NonNull @Id @Name("causeId") @Description("The cause of the link.") String causeId,
            @NonNull @Id @Name("effectId") @Description("The effect of the link.") String effectId) {
        return events.unlinkEvents(GlobalId.rowId(causeId, NodeType.EVENT), GlobalId.rowId(effectId, NodeType.EVENT));
    }
}
