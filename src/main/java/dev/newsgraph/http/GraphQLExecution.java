package dev.newsgraph.http;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.newsgraph.graphql.ErrorCode;
import dev.newsgraph.graphql.ErrorMapper;
import dev.newsgraph.graphql.LimitsConfig;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.vertx.ext.web.RoutingContext;

/**
 * Runs one request through SmallRye's engine on the calling worker thread, with the request context,
 * the caller's identity and the request's {@link ExecutionBudget}, and turns the result into an
 * {@link Answer}: written once, over-limit executions answered by their limit's error alone.
 */
@ApplicationScoped
public class GraphQLExecution {

    private static final Logger LOG = Logger.getLogger(GraphQLExecution.class);

    @Inject
    ExecutionService engine;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    LimitsConfig limits;

    @Inject
    RateGate gate;

    /** @param query whether the operation is a query (a mutation is never stopped half-way by the clock) */
    Answer execute(RoutingContext ctx, GraphQLRequest request, MediaTypes type, boolean query) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            QuarkusHttpUser user = (QuarkusHttpUser) ctx.user();
            if (user != null) {
                identities.setIdentity(user.getSecurityIdentity());
            } else {
                identities.setIdentity(QuarkusHttpUser.getSecurityIdentity(ctx, null));
            }
            currentRequest.setCurrent(ctx);
            long maxBytes = limits.responseSize().asLongValue();
            Map<String, Object> context = new HashMap<>();
            context.put("runBlocking", true);
            context.put("state", requestContext.getState());
            context.put(RequestKeys.BUDGET, new ExecutionBudget(
                    query ? limits.timeout().toNanos() : Long.MAX_VALUE / 2, maxBytes));
            Capture capture = new Capture();
            engine.executeSync(request.json(), context, capture);
            if (capture.response != null && refusedBeforeRunning(capture.response.getExecutionResult())) {
                gate.refusedByLimit(ctx);
            }
            return answer(capture, type, query, maxBytes);
        } catch (RuntimeException e) {
            return internal(type, e);
        } finally {
            requestContext.terminate();
        }
    }

    private Answer answer(Capture capture, MediaTypes type, boolean query, long maxBytes) {
        if (capture.failure != null) {
            LimitAbort abort = limitIn(capture.failure);
            return abort != null ? limitAnswer(type, abort) : internal(type, capture.failure);
        }
        ExecutionResult result = capture.response.getExecutionResult();
        Map<String, String> headers = Map.of();
        int status = result.isDataPresent() ? 200 : type.requestErrorStatus();
        for (GraphQLError error : result.getErrors()) {
            if (error instanceof LimitAbort abort) {
                return limitAnswer(type, abort);
            }
            Map<String, Object> extensions = error.getExtensions();
            if (extensions != null && "rate".equals(extensions.get("limit"))) {
                status = 429;
                Object retryAfter = extensions.get("retryAfter");
                headers = retryAfter == null ? Map.of() : Map.of("Retry-After", String.valueOf(retryAfter));
            }
        }
        byte[] body = AnswerWriter.write(result, maxBytes);
        if (body == null) {
            return limitAnswer(type, LimitAbort.responseSize(maxBytes));
        }
        return new Answer(status, type, body, query && result.getErrors().isEmpty() && status == 200, headers);
    }

    /**
     * Whether a limit refused the operation before any of it ran (node count, depth, complexity,
     * introspection, page size of a subscription): no data, and an aborted execution that is not the rate
     * limit's (whose budget is spent already) nor a {@link LimitAbort} (a timeout or response size: it ran).
     */
    static boolean refusedBeforeRunning(ExecutionResult result) {
        if (result == null || result.isDataPresent()) {
            return false;
        }
        for (GraphQLError error : result.getErrors()) {
            if (error instanceof LimitAbort) {
                return false;
            }
            Map<String, Object> extensions = error.getExtensions();
            if (extensions != null && "rate".equals(extensions.get("limit"))) {
                return false;
            }
        }
        for (GraphQLError error : result.getErrors()) {
            if (error.getErrorType() == ErrorType.ExecutionAborted || error instanceof AbortExecutionException
                    || error.getExtensions() != null && ErrorCode.LIMIT_EXCEEDED.name().equals(error.getExtensions().get("code"))) {
                return true;
            }
        }
        return false;
    }

    private static LimitAbort limitIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LimitAbort abort) {
                return abort;
            }
        }
        return null;
    }

    /** The limit's error alone, with {@code data: null}: the execution ran, and stopped. */
    private static Answer limitAnswer(MediaTypes type, LimitAbort abort) {
        return new Answer(200, type, AnswerWriter.error(ErrorCode.LIMIT_EXCEEDED, abort.getMessage(),
                abort.getExtensions(), true), false, Map.of());
    }

    /** A request that cannot run: its errors as clients see them, no data (400 with the new media type). */
    Answer errorsAnswer(MediaTypes type, java.util.List<? extends GraphQLError> errors) {
        java.util.List<GraphQLError> mapped = errors.stream().<GraphQLError>flatMap(e -> ErrorMapper.map(e).stream()).toList();
        ExecutionResult result = graphql.ExecutionResultImpl.newExecutionResult().errors(mapped).build();
        return new Answer(type.requestErrorStatus(), type, AnswerWriter.write(result, Long.MAX_VALUE), false, Map.of());
    }

    /** An unexpected failure: logged with a correlation id, which alone reaches the client. */
    Answer internal(MediaTypes type, Throwable failure) {
        String correlationId = UUID.randomUUID().toString();
        LOG.errorf(failure, "Unexpected failure, correlation id %s", correlationId);
        byte[] body = AnswerWriter.error(ErrorCode.INTERNAL,
                "Internal error; quote correlation id " + correlationId + " when reporting it",
                Map.of("correlationId", correlationId), false);
        return new Answer(500, type, body, false, Map.of());
    }

    /** Receives what the engine answers, on the same thread. */
    private static final class Capture implements ExecutionResponseWriter {
        ExecutionResponse response;
        Throwable failure;

        @Override
        public void write(ExecutionResponse executionResponse) {
            response = executionResponse;
        }

        @Override
        public void fail(Throwable t) {
            failure = t;
        }
    }
}
