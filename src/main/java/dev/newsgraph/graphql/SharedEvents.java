package dev.newsgraph.graphql;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import mutiny.zero.flow.adapters.AdaptersToReactiveStreams;

/**
 * One execution of a live subscription per change for all subscribers that would get the same answer:
 * the same document, operation, variables and roles. The first subscriber's events are executed and
 * converted to JSON once ({@code data} becomes a {@code jakarta.json} value, which SmallRye's WebSocket
 * handler sends unchanged), then handed to every member of the group on a worker each, through a
 * bounded backlog: a member that falls {@link #BACKLOG} results behind is ended on its own, the others
 * go on. The group's execution stops when its last member leaves.
 */
final class SharedEvents {

    /** Results a member may have waiting before it is ended. */
    static final int BACKLOG = 1024;

    /** Who would see the same results: equal keys share one execution. */
    record Key(String document, String operationName, Map<String, Object> variables, List<String> roles) {
    }

    private static final Map<Key, Group> GROUPS = new ConcurrentHashMap<>();
    private static final Counter EXECUTIONS = Counter.builder("newsgraph.subscription.executions")
            .description("Subscription events executed, once per group of subscribers with the same operation")
            .register(Metrics.globalRegistry);

    private SharedEvents() {
    }

    /** The results for one more member of {@code key}'s group; {@code events} starts the group when there is none. */
    static Publisher<ExecutionResult> join(Key key, Supplier<Publisher<ExecutionResult>> events) {
        return AdaptersToReactiveStreams.publisher(Multi.createFrom().deferred(() -> {
            while (true) {
                Group group = GROUPS.computeIfAbsent(key, k -> new Group(k, events.get()));
                Multi<ExecutionResult> member = group.member();
                if (member != null) {
                    return member;
                }
                GROUPS.remove(key, group); // it ended while we joined: start a new one
            }
        }));
    }

    /** The JSON form SmallRye would build from {@code data}, built once; errors and extensions stay as they are. */
    static ExecutionResult converted(ExecutionResult result) {
        if (result.getData() == null) {
            return result;
        }
        Object data = new ExecutionResponse(ExecutionResultImpl.newExecutionResult().data(result.getData()).build())
                .getExecutionResultAsJsonObject().get("data");
        return ExecutionResultImpl.newExecutionResult().from(result).data(data).build();
    }

    private static final class Group implements Subscriber<ExecutionResult> {
        private final Key key;
        private final Publisher<ExecutionResult> events;
        private final BroadcastProcessor<ExecutionResult> results = BroadcastProcessor.create();
        private Subscription upstream;
        private boolean started;
        private int members;
        private boolean ended;

        Group(Key key, Publisher<ExecutionResult> events) {
            this.key = key;
            this.events = events;
        }

        /** A member's view, or null when the group has ended. */
        synchronized Multi<ExecutionResult> member() {
            if (ended) {
                return null;
            }
            members++;
            return results.onOverflow().buffer(BACKLOG)
                    .onSubscription().invoke(this::start) // once the member is registered, so it misses nothing
                    .emitOn(Infrastructure.getDefaultWorkerPool())
                    .onTermination().invoke(this::leave);
        }

        private void start() {
            synchronized (this) {
                if (started) {
                    return;
                }
                started = true;
            }
            events.subscribe(this);
        }

        @Override
        public void onSubscribe(Subscription subscription) {
            synchronized (this) {
                upstream = subscription;
                if (ended) {
                    subscription.cancel();
                    return;
                }
            }
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(ExecutionResult result) {
            EXECUTIONS.increment();
            results.onNext(converted(result));
        }

        @Override
        public void onError(Throwable failure) {
            end();
            results.onError(failure);
        }

        @Override
        public void onComplete() {
            end();
            results.onComplete();
        }

        private synchronized void end() {
            ended = true;
            GROUPS.remove(key, this);
        }

        private void leave() {
            Subscription cancel = null;
            synchronized (this) {
                if (--members == 0 && !ended) {
                    end();
                    cancel = upstream;
                }
            }
            if (cancel != null) {
                cancel.cancel();
            }
        }
    }
}
