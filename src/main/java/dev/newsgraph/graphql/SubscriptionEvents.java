package dev.newsgraph.graphql;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.jboss.logging.Logger;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import dev.newsgraph.security.RequestClient;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.SubscriptionExecutionStrategy;
import graphql.language.Field;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.execution.error.ExceptionHandler;

/**
 * Subscriptions whose failed event ends them with a coded error. The engine fails the whole event when
 * a null reaches the non-null root field (a nested field's error bubbling up), and SmallRye's WebSocket
 * handler only prints such a failure: the client would wait forever. Here the failure becomes one last
 * result, {@code INTERNAL} with a correlation id that is logged, and then the subscription completes;
 * the client may subscribe again (with {@code changes(after:)}, from the last cursor it saw).
 */
public class SubscriptionEvents extends SubscriptionExecutionStrategy {

    private static final Logger LOG = Logger.getLogger(SubscriptionEvents.class);

    public SubscriptionEvents() {
        super(new ExceptionHandler());
    }

    @Override
    @SuppressWarnings("unchecked")
    public CompletableFuture<ExecutionResult> execute(ExecutionContext context, ExecutionStrategyParameters parameters) {
        SharedEvents.Key key = sharingKey(context);
        return super.execute(context, parameters).thenApply(result -> {
            if (!(result.getData() instanceof Publisher<?> events)) {
                return result;
            }
            Publisher<ExecutionResult> own = new EndOnFailure((Publisher<ExecutionResult>) events);
            // a member that falls behind fails on its own; SharedEvents ends each member through an EndOnFailure
            Publisher<ExecutionResult> sent = key == null ? own : SharedEvents.join(key, () -> own);
            return ExecutionResultImpl.newExecutionResult().from(result).data(sent).build();
        });
    }

    /**
     * Whom this subscription may share its executions with, or null to run its own: a replay
     * ({@code after}) is each subscriber's own, and so is a subscription outside a request whose roles
     * are unknown. Results depend on the document, operation, variables and roles, never on who else is asking.
     */
    private static SharedEvents.Key sharingKey(ExecutionContext context) {
        boolean replays = context.getOperationDefinition().getSelectionSet().getSelectionsOfType(Field.class).stream()
                .anyMatch(field -> field.getArguments().stream().anyMatch(argument -> argument.getName().equals("after")));
        List<String> roles = Arc.container().instance(RequestClient.class).get().currentRoles();
        if (replays || roles == null) {
            return null;
        }
        ExecutionInput input = context.getExecutionInput();
        return new SharedEvents.Key(input.getQuery(), input.getOperationName(), input.getVariables(), roles);
    }

    /** The events, and in place of a failure one last result that reports it, then the end. */
    static final class EndOnFailure implements Publisher<ExecutionResult> {
        private final Publisher<ExecutionResult> events;

        EndOnFailure(Publisher<ExecutionResult> events) {
            this.events = events;
        }

        @Override
        public void subscribe(Subscriber<? super ExecutionResult> downstream) {
            events.subscribe(new Subscriber<ExecutionResult>() {
                private final AtomicLong demand = new AtomicLong();
                private final AtomicReference<ExecutionResult> last = new AtomicReference<>();
                private final AtomicBoolean ended = new AtomicBoolean();

                @Override
                public void onSubscribe(Subscription upstream) {
                    downstream.onSubscribe(new Subscription() {
                        @Override
                        public void request(long n) {
                            demand.accumulateAndGet(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
                            flushLast();
                            upstream.request(n);
                        }

                        @Override
                        public void cancel() {
                            ended.set(true);
                            upstream.cancel();
                        }
                    });
                }

                @Override
                public void onNext(ExecutionResult result) {
                    demand.decrementAndGet();
                    downstream.onNext(result);
                }

                @Override
                public void onError(Throwable failure) {
                    String correlationId = UUID.randomUUID().toString();
                    LOG.errorf(failure, "A subscription event failed; the subscription ends, correlation id %s", correlationId);
                    last.set(ExecutionResultImpl.newExecutionResult().addError(CodedError.of(ErrorCode.INTERNAL,
                            "an event of this subscription could not be resolved, so the subscription ends; quote correlation id "
                                    + correlationId + " when reporting it",
                            Map.of("correlationId", correlationId))).build());
                    flushLast();
                }

                @Override
                public void onComplete() {
                    if (ended.compareAndSet(false, true)) {
                        downstream.onComplete();
                    }
                }

                /** Sends the last result once there is demand for it, then completes. */
                private void flushLast() {
                    ExecutionResult result = last.get();
                    if (result != null && demand.get() > 0 && last.compareAndSet(result, null)
                            && ended.compareAndSet(false, true)) {
                        downstream.onNext(result);
                        downstream.onComplete();
                    }
                }
            });
        }
    }
}
