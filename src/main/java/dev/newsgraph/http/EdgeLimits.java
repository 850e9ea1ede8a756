package dev.newsgraph.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.newsgraph.graphql.LimitsConfig;
import io.quarkus.arc.Unremovable;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;

/**
 * The timeout and the response-size cap, enforced while the engine runs: before each field is fetched
 * the deadline is checked, and the text each field returns is counted against the size limit, so a
 * query that would run for minutes or build an answer of gigabytes stops as soon as it crosses
 * either line. Requests that did not come through the HTTP edge (WebSocket subscriptions) carry no
 * budget and are bounded by the node count alone.
 */
@ApplicationScoped
@Unremovable // found by EngineSetup through the container, not by injection
public class EdgeLimits extends SimplePerformantInstrumentation {

    @Inject
    LimitsConfig limits;

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        Object budget = parameters.getExecutionInput().getGraphQLContext().get(RequestKeys.BUDGET);
        return budget instanceof ExecutionBudget known ? new Spending(known) : null;
    }

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (!(state instanceof Spending spending)) {
            return FieldFetchingInstrumentationContext.NOOP;
        }
        ExecutionBudget budget = spending.budget;
        if (budget.pastDeadline()) {
            throw LimitAbort.timeout(limits.timeout().toMillis());
        }
        if (budget.overSize()) {
            throw LimitAbort.responseSize(limits.responseSize().asLongValue());
        }
        return spending;
    }

    /** Per execution: counts the text of every fetched value. */
    private static final class Spending implements InstrumentationState, FieldFetchingInstrumentationContext {
        final ExecutionBudget budget;

        Spending(ExecutionBudget budget) {
            this.budget = budget;
        }

        @Override
        public void onFetchedValue(Object fetchedValue) {
            if (fetchedValue instanceof CharSequence text) {
                budget.spendText(text.length());
            }
        }

        @Override
        public void onDispatched() {
        }

        @Override
        public void onCompleted(Object result, Throwable t) {
        }
    }
}
