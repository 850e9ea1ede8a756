package dev.newsgraph.http;

import java.util.ArrayList;
import java.util.List;

import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;

/**
 * Sets up the engine SmallRye builds, for HTTP and WebSocket alike: the shared {@link DocumentCache}
 * as its document provider, and as its instrumentation SmallRye's depth and complexity limits followed
 * by every CDI bean that is an {@link Instrumentation} (cost, timeout, size). The one place that
 * touches the engine's builder, so that no two extensions replace each other's instrumentation.
 * Registered as a SmallRye GraphQL {@link EventingService} (always on: no config key).
 */
public class EngineSetup implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        List<Instrumentation> chain = new ArrayList<>();
        Config config = Config.get();
        config.getQueryDepthInstrumentation().ifPresent(max -> chain.add(new MaxQueryDepthInstrumentation(max)));
        config.getQueryComplexityInstrumentation().ifPresent(max -> chain.add(new MaxQueryComplexityInstrumentation(max)));
        for (InstanceHandle<Instrumentation> bean : Arc.container().listAll(Instrumentation.class)) {
            chain.add(bean.get());
        }
        return builder.instrumentation(new ChainedInstrumentation(chain))
                .subscriptionExecutionStrategy(new dev.newsgraph.graphql.SubscriptionEvents())
                .preparsedDocumentProvider(Arc.container().instance(DocumentCache.class).get());
    }
}
