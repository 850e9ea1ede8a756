package dev.newsgraph.event;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.newsgraph.graphql.Keyset.SortKey;
import dev.newsgraph.graphql.NestedKeyset;
import dev.newsgraph.graphql.Paging;
import dev.newsgraph.graphql.SortDirection;
import dev.newsgraph.organization.Organization;

/** The events an organization takes part in, as two connections paged for all parent organizations in one query. */
@GraphQLApi
// SmallRye GraphQL calls @Source methods by reflection, and Quarkus registers for a native image only
// the classes that declare queries, mutations or subscriptions: this one has none.
@RegisterForReflection
public class OrganizationEventsApi {

    private static final String TAKES_PART = "Participation l join l.event e";

    /** Oldest first, as a timeline reads. */
    private static final NestedKeyset<Event> EVENTS = NestedKeyset.of(Event.class, TAKES_PART, "l.organization.id",
            EventOrder.BY_OCCURRED_ON, SortDirection.ASC, e -> e.id);

    /** In the order and with the cursors of `events`; both ends fetched, so either serializes without another query. */
    private static final NestedKeyset<Participation> PARTICIPATIONS = new NestedKeyset<>(Participation.class, TAKES_PART,
            "l.organization.id", "l.id", " join fetch n.event join fetch n.organization",
            new SortKey<>("OCCURRED_ON", "e.occurredOn", p -> p.event.occurredOn, LocalDate::parse), SortDirection.ASC,
            p -> p.event.id);

    @Inject
    Paging paging;

    @Name("events")
    @Description("Events this organization took part in, oldest first (at most 100 per page, 20 by default).")
    public List<@NonNull EventConnection> events(@Source List<Organization> organizations,
            @Name("first") @Description("Page size.") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        return EVENTS.pages(ids(organizations), paging.forward(first, after), EventConnection::new);
    }

    @Description("Events this organization took part in, with its role, oldest first (at most 100 per page, 20 by default).")
    public List<@NonNull ParticipationConnection> participations(@Source List<Organization> organizations,
            @Name("first") @Description("Page size.") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        return PARTICIPATIONS.pages(ids(organizations), paging.forward(first, after), ParticipationConnection::new);
    }

    @Name("totalCount")
    @NonNull
    @Description("Number of events this organization took part in.")
    public int totalCount(@Source ParticipationConnection connection) {
        return connection.totalCount();
    }

    private static List<Long> ids(List<Organization> organizations) {
        return organizations.stream().map(o -> o.id).toList();
    }
}
