package dev.newsgraph.graphql;

import java.util.concurrent.CompletableFuture;

import jakarta.inject.Singleton;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.quarkus.arc.Unremovable;

/**
 * The errors of every result the engine produces coded as {@link ErrorMapper} codes them, including each
 * event of a subscription, which SmallRye sends over the WebSocket without the execution's own hooks
 * (an engine failure there would otherwise reach the client as "System error" with an engine code).
 */
@Singleton
@Unremovable // found by http/EngineSetup among all Instrumentation beans, which is no injection point
public class EventErrors extends SimplePerformantInstrumentation {

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult().from(result)
                .errors(ErrorMapper.mapAll(result.getErrors())).build());
    }
}
