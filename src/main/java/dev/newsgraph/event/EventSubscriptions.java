package dev.newsgraph.event;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.newsgraph.graphql.BooleanFilter;
import dev.newsgraph.graphql.Keyset;
import dev.newsgraph.notify.ChangeFeed;
import dev.newsgraph.notify.NodeLoader;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

@GraphQLApi
public class EventSubscriptions {

    static final String TOPIC = "eventChanged";

    @Inject
    ChangeFeed feed;

    @Inject
    NodeLoader loader;

    void onChange(@Observes EventChanged change) {
        feed.publish(TOPIC, change.eventId());
    }

    @Subscription("eventChanged")
    @NonNull
    @Description("An event as it is after each committed change: created, updated, participants or links changed (from any instance); with a `filter`, only the events it matches then (the filter of `events`). Nested fields resolve as in a query.")
    public Multi<Event> eventChanged(
            @Name("filter") @Description("Only events this filter matches; every changed event when left out.") EventFilter filter) {
        Keyset.Where where = BooleanFilter.toWhere(filter); // a filter past its bounds is refused now, not per event
        return loader.nodes(TOPIC, id -> Event.<Event> findById(id), filter == null ? null : where,
                event -> Keyset.matches(Event.class, event.id, where));
    }
}
