package dev.newsgraph.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import dev.newsgraph.notify.DeliveryTimeline;

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
 * the same document, operation, variables and roles. The first subscriber's events are executed once
 * per change, and the {@code payload} of the message written once as JSON text; each member that is a
 * WebSocket subscription gets that text with its own id around it, written from its socket's event loop,
 * one task per loop for all of its members ({@link FanOutMessage}; {@link SubscriberSocket} closes a socket
 * whose client falls too far behind). Any other member
 * gets the result with its {@code data} converted to {@code jakarta.json} once, on a worker of its own,
 * through a bounded backlog: one that falls {@link #BACKLOG} results behind is ended on its own, the
 * others go on. The group's execution stops when its last member leaves.
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

    /**
     * The results for one more member of {@code key}'s group; {@code events} starts the group when there is
     * none. A member that is SmallRye's WebSocket subscriber is written the group's prepared text directly
     * ({@link SubscriberSocket}); any other gets the converted results. Either way a failure becomes one last
     * coded result ({@link SubscriptionEvents.EndOnFailure}).
     */
    static Publisher<ExecutionResult> join(Key key, Supplier<Publisher<ExecutionResult>> events) {
        // Only a group's first member needs its own events (and the execution behind them, data loaders and all);
        // a member that joined a running group lets go of them, so 1,000 subscribers keep one execution, not 1,000.
        AtomicReference<Supplier<Publisher<ExecutionResult>>> own = new AtomicReference<>(events);
        return downstream -> {
            SubscriberSocket.Operation operation = SubscriberSocket.behind(downstream);
            Publisher<ExecutionResult> member = operation == null ? convertedMember(key, own) : direct(key, own, operation);
            new SubscriptionEvents.EndOnFailure(member).subscribe(downstream);
        };
    }

    private static Publisher<ExecutionResult> convertedMember(Key key, AtomicReference<Supplier<Publisher<ExecutionResult>>> own) {
        return AdaptersToReactiveStreams.publisher(Multi.createFrom().deferred(() -> {
            while (true) {
                Group group = GROUPS.computeIfAbsent(key, k -> new Group(k, own.get().get()));
                Multi<ExecutionResult> member = group.member();
                if (member != null) {
                    own.set(null); // as in direct(): the group holds the events it runs on
                    return member;
                }
                GROUPS.remove(key, group); // it ended while we joined: start a new one
            }
        }));
    }

    /** A member whose messages the group writes itself: only the end (completion or failure) goes through here. */
    private static Publisher<ExecutionResult> direct(Key key, AtomicReference<Supplier<Publisher<ExecutionResult>>> own,
            SubscriberSocket.Operation operation) {
        return downstream -> {
            Direct member = new Direct(operation, downstream);
            downstream.onSubscribe(member);
            while (true) {
                Group group = GROUPS.computeIfAbsent(key, k -> new Group(k, own.get().get()));
                if (group.add(member)) {
                    own.set(null); // the group holds the events it runs on; this member's own are not needed
                    return;
                }
                GROUPS.remove(key, group);
            }
        };
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
        private final List<Direct> direct = new CopyOnWriteArrayList<>();
        private volatile int convertedMembers;
        private Subscription upstream;
        private boolean started;
        private int members;
        private boolean ended;
        private long delivered; // this group's results so far (the timeline's change number); onNext is serial

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
            convertedMembers++;
            return results.onOverflow().buffer(BACKLOG)
                    .onSubscription().invoke(this::start) // once the member is registered, so it misses nothing
                    .emitOn(Infrastructure.getDefaultWorkerPool())
                    .onTermination().invoke(() -> {
                        synchronized (this) {
                            convertedMembers--;
                        }
                        leave();
                    });
        }

        /** Adds a member written to directly and starts the group if it is the first; false when the group has ended. */
        boolean add(Direct member) {
            synchronized (this) {
                if (ended) {
                    return false;
                }
                members++;
                direct.add(member);
                member.group = this;
            }
            if (member.cancelled) { // cancelled before it was added
                member.leave();
            }
            start();
            return true;
        }

        void remove(Direct member) {
            if (direct.remove(member)) {
                leave();
            }
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
            long change = ++delivered;
            DeliveryTimeline.stamp("executed", change, "members=" + members);
            if (!direct.isEmpty()) {
                long cpu = DeliveryTimeline.cpu();
                List<SubscriberSocket.Operation> operations = new ArrayList<>(direct.size());
                for (Direct member : direct) {
                    operations.add(member.operation);
                }
                String payload = new ExecutionResponse(result).getExecutionResultAsJsonObject().toString();
                DeliveryTimeline.stamp("encoded", change, cpu, "chars=" + payload.length());
                FanOutMessage.sendToAll(operations, payload, change);
            }
            if (convertedMembers > 0) {
                results.onNext(converted(result));
            }
        }

        @Override
        public void onError(Throwable failure) {
            end();
            for (Direct member : direct) {
                member.downstream.onError(failure);
            }
            results.onError(failure);
        }

        @Override
        public void onComplete() {
            end();
            for (Direct member : direct) {
                member.downstream.onComplete();
            }
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

    /** A member written to directly; its subscriber sees only the end, and cancels to leave. */
    private static final class Direct implements Subscription {
        final SubscriberSocket.Operation operation;
        final Subscriber<? super ExecutionResult> downstream;
        volatile Group group;
        volatile boolean cancelled;

        Direct(SubscriberSocket.Operation operation, Subscriber<? super ExecutionResult> downstream) {
            this.operation = operation;
            this.downstream = downstream;
        }

        @Override
        public void request(long n) {
            // results are written to the socket, not emitted: demand only matters for the end
        }

        @Override
        public void cancel() {
            cancelled = true;
            leave();
        }

        void leave() {
            Group joined = group;
            if (joined != null) {
                joined.remove(this);
            }
        }
    }
}
