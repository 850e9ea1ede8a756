package dev.newsgraph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dev.newsgraph.http.ResponseCache;
import dev.newsgraph.notify.GraphChanged;

/**
 * Drops the response cache's answers when another instance writes. Temporary: it lives outside both
 * packages so that {@code notify} depends on no edge or cache package; it goes when the response cache observes
 * {@link GraphChanged} itself.
 */
@ApplicationScoped
class ResponseCacheInvalidation {

    @Inject
    ResponseCache responses;

    void onRemoteWrite(@Observes GraphChanged change) {
        if (change.remote()) {
            responses.invalidate();
        }
    }
}
