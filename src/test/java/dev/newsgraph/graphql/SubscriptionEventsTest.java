package dev.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;

/** A subscription whose event fails ends with one coded result instead of leaving its client waiting. */
class SubscriptionEventsTest {

    /** Emits {@code results} one per request, then fails. */
    private static Publisher<ExecutionResult> thenFailing(List<ExecutionResult> results) {
        return subscriber -> subscriber.onSubscribe(new Subscription() {
            private int sent;
            private boolean done;

            @Override
            public void request(long n) {
                for (long i = 0; i < n && !done; i++) {
                    if (sent < results.size()) {
                        subscriber.onNext(results.get(sent++));
                    } else {
                        done = true;
                        subscriber.onError(new IllegalStateException("the root field was null"));
                    }
                }
            }

            @Override
            public void cancel() {
                done = true;
            }
        });
    }

    /** Requests one result at a time, as SmallRye's WebSocket handler does. */
    private static final class OneAtATime implements Subscriber<ExecutionResult> {
        final List<ExecutionResult> received = new ArrayList<>();
        boolean completed;
        Throwable failed;
        private Subscription subscription;

        @Override
        public void onSubscribe(Subscription s) {
            subscription = s;
            s.request(1);
        }

        @Override
        public void onNext(ExecutionResult result) {
            received.add(result);
            subscription.request(1);
        }

        @Override
        public void onError(Throwable t) {
            failed = t;
        }

        @Override
        public void onComplete() {
            completed = true;
        }
    }

    @Test
    void aFailureBecomesOneLastCodedResultThenTheEnd() {
        ExecutionResult fine = ExecutionResultImpl.newExecutionResult().data("fine").build();
        OneAtATime client = new OneAtATime();
        new SubscriptionEvents.EndOnFailure(thenFailing(List.of(fine, fine))).subscribe(client);

        assertEquals(3, client.received.size());
        assertEquals("fine", client.received.get(1).getData());
        ExecutionResult last = client.received.get(2);
        assertEquals("INTERNAL", last.getErrors().get(0).getExtensions().get("code"));
        assertTrue(last.getErrors().get(0).getExtensions().containsKey("correlationId"));
        assertTrue(!last.getErrors().get(0).getMessage().contains("root field"), "the cause stays in the log");
        assertTrue(client.completed);
        assertEquals(null, client.failed);
    }

    @Test
    void theLastResultWaitsForDemand() {
        List<ExecutionResult> received = new ArrayList<>();
        boolean[] completed = {false};
        Subscription[] subscription = {null};
        new SubscriptionEvents.EndOnFailure(thenFailing(List.of())).subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription s) {
                subscription[0] = s;
            }

            @Override
            public void onNext(ExecutionResult result) {
                received.add(result);
            }

            @Override
            public void onError(Throwable t) {
            }

            @Override
            public void onComplete() {
                completed[0] = true;
            }
        });
        assertTrue(received.isEmpty() && !completed[0], "nothing before it is asked for");
        subscription[0].request(1);
        assertEquals(1, received.size());
        assertTrue(completed[0]);
    }
}
