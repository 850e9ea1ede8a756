package dev.newsgraph.http;

import java.util.ArrayList;
import java.util.List;

import graphql.GraphQL;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;
import io.quarkus.arc.InstanceHandle;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;

/**
 * Sets up the engine SmallRye builds, for HTTP and WebSocket alike: the shared {@link DocumentCache}
 * as its document provider, and as its instrumentation every CDI bean that is an {@link Instrumentation}
 * (cost with depth and complexity, timeout, size) in place of the chain SmallRye builds, whose depth and
 * complexity instrumentations walk every document again on every request (the cost measures both, once
 * per document), chained by {@link FieldInstrumentations} so that each field's callbacks reach only
 * the beans that implement them; and the schema's field visibility without SmallRye's no-op block
 * ({@link FieldVisibility}). The one place that touches the engine's builder, so that no two extensions replace each
 * other's instrumentation.
 * Registered as a SmallRye GraphQL {@link EventingService} (always on: no config key).
 */
public class EngineSetup implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        return FieldVisibility.withoutDefaultBlock(builder, Config.get().getFieldVisibility());
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        List<Instrumentation> chain = new ArrayList<>();
        for (InstanceHandle<Instrumentation> bean : Arc.container().listAll(Instrumentation.class)) {
            chain.add(ClientProxy.unwrap(bean.get())); // the bean itself, whose callbacks FieldInstrumentations reads
        }
        return builder.instrumentation(new FieldInstrumentations(chain))
                .subscriptionExecutionStrategy(new dev.newsgraph.graphql.SubscriptionEvents())
                .preparsedDocumentProvider(Arc.container().instance(DocumentCache.class).get());
    }
}
