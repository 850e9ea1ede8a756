package dev.newsgraph.graphql;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.spi.EventingService;
import graphql.ExecutionResult;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Hands the answer of a request the {@link ResponseCache} admitted to the cache, written exactly as
 * the engine writes it to the client. Registered as a SmallRye GraphQL {@link EventingService}.
 */
public class ResponseCapture implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public void afterExecute(Context context) {
        // Only requests whose operation is a query are admitted (RequestGuard looked at the document).
        if (!(context instanceof SmallRyeContext smallRye)) {
            return;
        }
        ExecutionResult result = context.unwrap(ExecutionResult.class);
        if (result == null || !result.getErrors().isEmpty() || !result.isDataPresent()) {
            return;
        }
        RoutingContext request = currentRequest();
        ResponseCache.Slot slot = request == null ? null : request.get(ResponseCache.SLOT);
        if (slot == null) {
            return;
        }
        String contentType = request.response().headers().get(HttpHeaders.CONTENT_TYPE);
        if (contentType == null) {
            return;
        }
        String body = new ExecutionResponse(result, smallRye.getAddedExtensions()).getExecutionResultAsString();
        try (InstanceHandle<ResponseCache> cache = Arc.container().instance(ResponseCache.class)) {
            cache.get().store(slot, contentType, body);
        }
    }

    private static RoutingContext currentRequest() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        try (InstanceHandle<CurrentVertxRequest> current = Arc.container().instance(CurrentVertxRequest.class)) {
            return current.isAvailable() ? current.get().getCurrent() : null;
        }
    }
}
