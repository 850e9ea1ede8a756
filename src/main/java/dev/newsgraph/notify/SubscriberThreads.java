package dev.newsgraph.notify;

import java.util.concurrent.Executor;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Where a subscription's items are handed to the engine: on a worker thread of the subscriber's own
 * Vert.x context, in order. The engine resolves each item's nested fields there, and Quarkus runs a
 * batched (@Source) resolver through that context; on a bare pool thread it would find no context and
 * fail. Call from the subscription's resolver, which runs on that context.
 */
public final class SubscriberThreads {

    private SubscriberThreads() {
    }

    /** The items, each emitted on a worker of the calling subscriber's context (any worker when there is none). */
    public static <T> Multi<T> emitOnSubscriberWorker(Multi<T> items) {
        Context context = Vertx.currentContext();
        Executor executor = context == null ? Infrastructure.getDefaultWorkerPool()
                : command -> context.executeBlocking(() -> {
                    command.run();
                    return null;
                }, true);
        return items.emitOn(executor);
    }
}
