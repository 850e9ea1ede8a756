package dev.newsgraph.cost;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.quarkus.arc.Unremovable;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.introspection.GoodFaithIntrospection;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

import dev.newsgraph.graphql.CodedError;
import dev.newsgraph.graphql.ErrorCode;
import dev.newsgraph.graphql.PageRequest;
import dev.newsgraph.graphql.LimitsConfig;
import dev.newsgraph.security.RateLimitConfig;
import dev.newsgraph.security.RateLimiter;
import dev.newsgraph.security.RequestClient;

/**
 * Counts every operation's worst-case nodes ({@link QueryCost}) once it is validated and before any
 * resolver or SQL runs, and refuses it over {@code NEWSGRAPH_LIMITS_NODES} with LIMIT_EXCEEDED
 * ({@code limit = "nodes"}). Introspection counts no nodes; one that is not in good faith (graphql-java's
 * rules: {@code __schema}, {@code __type} and each of {@code __Type.fields}, {@code inputFields},
 * {@code interfaces}, {@code possibleTypes} at most once, at most 500 fields, 20 levels) is refused with
 * {@code limit = "introspection"}. The count is left in the execution's GraphQLContext under {@link #NODES},
 * then the client spends it from its rate-limit budget (LIMIT_EXCEEDED, {@code limit = "rate"},
 * {@code extensions.retryAfter} in seconds). Under NEWSGRAPH_READ_ACCESS=authenticated a query or
 * subscription without a reader is UNAUTHORIZED (what reaches here unauthenticated is a WebSocket).
 * A plain graphql-java instrumentation: any executor can chain it.
 */
@Singleton
@Unremovable // found by http/EngineSetup among all Instrumentation beans, which is no injection point
public class RequestLimits extends SimplePerformantInstrumentation {

    /** GraphQLContext key of the operation's node count (a {@code Long}). */
    public static final String NODES = "newsgraph.nodes";

    /** The {@code max} of an introspection refusal: how often each introspection list may be selected. */
    static final int INTROSPECTION_REPEATS = 1;

    private final long maxNodes;
    private final RateLimiter rateLimiter;
    private final RequestClient clients;

    @Inject
    public RequestLimits(LimitsConfig limits, RateLimitConfig rate, RequestClient clients) {
        this(limits.nodes(), new RateLimiter(rate.perMinute()), clients);
    }

    /**
     * @param rateLimiter the budgets clients spend their node counts from
     * @param clients who sends the current request; null where there is no HTTP request (no read-access or rate check)
     */
    public RequestLimits(long maxNodes, RateLimiter rateLimiter, RequestClient clients) {
        this.maxNodes = maxNodes;
        this.rateLimiter = rateLimiter;
        this.clients = clients;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        OperationDefinition operation = execution.getOperationDefinition();
        RequestClient.Client client = clients == null ? null : clients.current();
        if (client != null && operation.getOperation() != OperationDefinition.Operation.MUTATION
                && !clients.mayRead(client.identity())) {
            // HTTP requests were turned away by ReadAccessFilter already; this is a WebSocket without credentials
            throw abort(CodedError.of(ErrorCode.UNAUTHORIZED, "this service is private: authenticate the connection"
                    + " (connection_init payload {\"Authorization\": \"Bearer <API key or JWT>\"})", Map.of()));
        }
        if (asksForIntrospection(operation.getSelectionSet(), execution.getFragmentsByName(), new HashSet<>())) {
            Optional<ExecutionResult> refused = GoodFaithIntrospection.checkIntrospection(execution);
            if (refused.isPresent()) {
                String reason = refused.get().getErrors().isEmpty() ? "introspection not in good faith"
                        : refused.get().getErrors().get(0).getMessage();
                throw abort(CodedError.limitExceeded("introspection", INTROSPECTION_REPEATS, reason, Map.of()));
            }
        }
        QueryCost.Measure measure = QueryCost.measure(execution.getGraphQLSchema(), operation, execution.getFragmentsByName(),
                execution.getCoercedVariables().toMap());
        long nodes = measure.nodes();
        if (operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION && measure.pageOutOfBounds() != 0) {
            // a query answers a page out of bounds with a field error; in a subscription every event would fail
            // on it, and a failed event ends the subscription, so it is refused before it starts
            throw abort(CodedError.limitExceeded("pageSize", PageRequest.MAX_SIZE, "`first`/`last` is "
                    + measure.pageOutOfBounds() + " but a page holds 0 to " + PageRequest.MAX_SIZE + " items", Map.of()));
        }
        execution.getGraphQLContext().put(NODES, nodes);
        if (nodes > maxNodes) {
            throw abort(CodedError.limitExceeded("nodes", maxNodes, "the operation may return up to "
                    + (nodes == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : String.valueOf(nodes))
                    + " nodes, more than the limit of " + maxNodes
                    + "; ask for smaller pages (first/last) or fewer nested lists", Map.of()));
        }
        if (client != null) {
            long retryAfter = rateLimiter.spend(client.key(), nodes);
            if (retryAfter > 0) {
                throw abort(CodedError.limitExceeded("rate", rateLimiter.perMinute(), "this client has spent its "
                        + rateLimiter.perMinute() + " nodes of the minute; retry in " + retryAfter + " s",
                        Map.of("retryAfter", retryAfter)));
            }
        }
        return null;
    }

    public long maxNodes() {
        return maxNodes;
    }

    private static AbortExecutionException abort(GraphQLError error) {
        return new AbortExecutionException(List.of(error));
    }

    /** Whether the operation selects {@code __schema} or {@code __type} at its root, the only place they can be. */
    private static boolean asksForIntrospection(SelectionSet selections, Map<String, FragmentDefinition> fragments,
            Set<String> seen) {
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                if (field.getName().equals("__schema") || field.getName().equals("__type")) {
                    return true;
                }
            } else if (selection instanceof InlineFragment inline) {
                if (asksForIntrospection(inline.getSelectionSet(), fragments, seen)) {
                    return true;
                }
            } else if (selection instanceof FragmentSpread spread && seen.add(spread.getName())
                    && fragments.get(spread.getName()) != null
                    && asksForIntrospection(fragments.get(spread.getName()).getSelectionSet(), fragments, seen)) {
                return true;
            }
        }
        return false;
    }
}
