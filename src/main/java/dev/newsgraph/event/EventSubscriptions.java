package dev.newsgraph.event;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;

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
    @Description("An event as it is after each committed change: created, updated, participants or links changed (from any instance). The event's own fields are delivered; query `event(id)` for its nested lists (participants, articles, causes, consequences).")
    public Multi<Event> eventChanged() {
        return loader.load(feed.subscribe(TOPIC), id -> Event.<Event> findById(id));
    }
}
