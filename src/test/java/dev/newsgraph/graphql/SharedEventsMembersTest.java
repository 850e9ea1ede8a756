package dev.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import graphql.ExecutionResult;
import io.smallrye.mutiny.Multi;
import mutiny.zero.flow.adapters.AdaptersToReactiveStreams;

/**
 * A member that joins a running group does not keep its own events (in the service: its own execution, with a
 * data loader per batched field), so the memory of N subscribers to one operation is one execution and N sockets.
 */
class SharedEventsMembersTest {

    /** Subscribes, asks for everything and holds its subscription, as SmallRye's subscriber does. */
    private static final class Holder implements Subscriber<ExecutionResult> {
        volatile Subscription subscription;

        @Override
        public void onSubscribe(Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(ExecutionResult result) {
        }

        @Override
        public void onError(Throwable failure) {
        }

        @Override
        public void onComplete() {
        }
    }

    /** The events of a group's first member: a stream that stays open and never emits. */
    private static Supplier<Publisher<ExecutionResult>> openEvents(AtomicInteger asked) {
        return () -> {
            asked.incrementAndGet();
            return AdaptersToReactiveStreams.publisher(Multi.createFrom().<ExecutionResult>nothing());
        };
    }

    /** A second member's events, holding {@code held} as a member's own execution would hold its state. */
    private static Supplier<Publisher<ExecutionResult>> unusedEvents(Object held) {
        return new Supplier<>() {
            private final Object state = held;

            @Override
            public Publisher<ExecutionResult> get() {
                fail("a member of a running group runs no events of its own (holding " + state + ")");
                return null;
            }
        };
    }

    @Test
    void aMemberThatJoinsARunningGroupLetsGoOfItsOwnEvents() throws InterruptedException {
        SharedEvents.Key key = new SharedEvents.Key("subscription { articleImported { id } } # members test",
                null, Map.of(), List.of());
        AtomicInteger asked = new AtomicInteger();
        Holder first = new Holder();
        SharedEvents.join(key, openEvents(asked)).subscribe(first);

        Object state = new Object();
        WeakReference<Object> stateRef = new WeakReference<>(state);
        Holder second = new Holder();
        SharedEvents.join(key, unusedEvents(state)).subscribe(second);
        state = null;

        // the second member is still subscribed (held here), yet what only its own events needed can be collected
        for (int i = 0; i < 50 && stateRef.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(stateRef.get(), "the joined member still holds its own events");
        assertEquals(1, asked.get(), "the group ran the first member's events only");

        second.subscription.cancel();
        first.subscription.cancel();
    }
}
