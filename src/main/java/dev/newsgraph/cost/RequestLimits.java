package dev.newsgraph.cost;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.quarkus.arc.Unremovable;
import io.smallrye.graphql.spi.config.Config;

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
import dev.newsgraph.security.RateLimiter;
import dev.newsgraph.security.RequestClient;

/**
 * Measures every operation ({@link QueryCost}: worst-case nodes, depth, complexity) once it is validated
 * and before any resolver or SQL runs, and refuses it over {@code NEWSGRAPH_LIMITS_NODES} with LIMIT_EXCEEDED
 * ({@code limit = "nodes"}), deeper than {@code quarkus.smallrye-graphql.instrumentation-query-depth}
 * ({@code "depth"}) or selecting more fields than {@code ...-query-complexity} ({@code "complexity"}), with
 * graphql-java's messages: these replace its own two instrumentations, which walked the document again on
 * every request. Introspection counts no nodes; one that is not in good faith (graphql-java's
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
    /** graphql-java's default limits' settings, {@code quarkus.smallrye-graphql.instrumentation-query-depth}/{@code -complexity}. */
    private final Optional<Integer> maxDepth;
    private final Optional<Integer> maxComplexity;
    private final RateLimiter rateLimiter;
    private final RequestClient clients;
    private final MeasuredOperations measured = new MeasuredOperations();

    @Inject
    public RequestLimits(LimitsConfig limits, RateLimiter rateLimiter, RequestClient clients) {
        this(limits.nodes(), Config.get().getQueryDepthInstrumentation(), Config.get().getQueryComplexityInstrumentation(),
                rateLimiter, clients);
    }

    /**
     * @param maxDepth the deepest an operation may nest its fields; empty: no limit
     * @param maxComplexity the most fields an operation may select; empty: no limit
     * @param rateLimiter the budgets clients spend their node counts from
     * @param clients who sends the current request; null where there is no HTTP request (no read-access or rate check)
     */
    public RequestLimits(long maxNodes, Optional<Integer> maxDepth, Optional<Integer> maxComplexity, RateLimiter rateLimiter,
            RequestClient clients) {
        this.maxNodes = maxNodes;
        this.maxDepth = maxDepth;
        this.maxComplexity = maxComplexity;
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
        // measured once per operation and variable values (MeasuredOperations), not walked again per request
        QueryCost.Measure measure = measured.measure(execution.getGraphQLSchema(), operation, execution.getFragmentsByName(),
                execution.getCoercedVariables().toMap());
        if (maxDepth.isPresent() && measure.depth() > maxDepth.get()) {
            throw abort(CodedError.limitExceeded("depth", maxDepth.get(), "maximum query depth exceeded "
                    + measure.depth() + " > " + maxDepth.get(), Map.of()));
        }
        if (asksForIntrospection(operation.getSelectionSet(), execution.getFragmentsByName(), new HashSet<>())) {
            Optional<ExecutionResult> refused = GoodFaithIntrospection.checkIntrospection(execution);
            if (refused.isPresent()) {
                String reason = refused.get().getErrors().isEmpty() ? "introspection not in good faith"
                        : refused.get().getErrors().get(0).getMessage();
                throw abort(CodedError.limitExceeded("introspection", INTROSPECTION_REPEATS, reason, Map.of()));
            }
        }
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
        // after the node count: a fragment spread many times is counted at each spread, so such a document
        // is over both limits, and the node count says better what to ask for instead
        if (maxComplexity.isPresent() && measure.complexity() > maxComplexity.get()) {
            throw abort(CodedError.limitExceeded("complexity", maxComplexity.get(), "maximum query complexity exceeded "
                    + measure.complexity() + " > " + maxComplexity.get(), Map.of()));
        }
        if (client != null) {
            long retryAfter = rateLimiter.spend(client.key(), nodes);
            if (retryAfter > 0) {
                throw abort(CodedError.limitExceeded("rate", rateLimiter.perMinute(), rateLimiter.spentMessage(retryAfter),
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
