package dev.newsgraph.graphql;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.quarkus.arc.Unremovable;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.event.EventEmitter;
import io.smallrye.graphql.execution.metrics.MetricsEmitter;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Type;

/**
 * Fetches a {@code @Source} batch field (an article's organizations, events, mentions…) for one parent
 * as SmallRye's {@link BatchDataFetcher} does — the same request context, the same before-fetch event
 * (which {@link ErrorMapper} and the argument checks listen to), the same metrics, the same arguments and
 * batch context handed to the same data loader — but returns the data loader's future itself instead of
 * wrapping it in a Mutiny {@code Uni}. With context propagation installed, Mutiny decorates each callback
 * of that {@code Uni} and so captured every thread context (CDI, transaction, Vert.x) for every parent of
 * every batch field: 40 captures per feed page, none needed, since an executed request runs on one worker
 * thread from start to end ({@code runBlocking}) and the loader completes its futures there. SmallRye's
 * {@code DataFetcherService} cannot replace a batch field's fetcher, so this instrumentation swaps it as
 * the engine asks for it (one wrapper per field, kept). Its context's selected fields are built only when
 * read ({@link FieldContexts}).
 */
@Singleton
@Unremovable // found by http/EngineSetup among all Instrumentation beans, which is no injection point
@RegisterForReflection(targets = BatchDataFetcher.class)
public class BatchFieldFetchers extends SimplePerformantInstrumentation {

    private final Map<DataFetcher<?>, DataFetcher<?>> fetchers = new ConcurrentHashMap<>();

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (!(fetcher instanceof BatchDataFetcher<?> batch)) {
            return fetcher;
        }
        return fetchers.computeIfAbsent(batch, f -> new DirectBatchFetcher<>((BatchDataFetcher<?>) f));
    }

    static final class DirectBatchFetcher<T> implements DataFetcher<CompletableFuture<T>> {

        private final Operation operation;
        private final Type type;
        private final ArgumentHelper arguments;
        private final String loaderName;
        private final EventEmitter events;
        private final MetricsEmitter metrics;

        DirectBatchFetcher(BatchDataFetcher<?> original) {
            this.operation = read(original, "operation");
            this.type = read(original, "type");
            this.arguments = read(original, "argumentHelper");
            this.loaderName = read(original, "batchLoaderName");
            this.events = read(original, "eventEmitter");
            this.metrics = read(original, "metricsEmitter");
        }

        @Override
        public CompletableFuture<T> get(DataFetchingEnvironment environment) throws Exception {
            SmallRyeContext context = FieldContexts.populate(type, operation, environment);
            events.fireBeforeDataFetch(context);
            Long measurement = metrics.start(context);
            try {
                List<Object> values = arguments.getArguments(environment, true);
                Map<String, Object> batchContext = new HashMap<>();
                batchContext.put("arguments", values);
                batchContext.put("dataFetchingEnvironment", environment);
                CompletableFuture<T> loaded = environment.<Object, T> getDataLoader(loaderName)
                        .load(environment.getSource(), batchContext);
                return loaded.whenComplete((value, failure) -> metrics.end(measurement));
            } catch (Exception e) {
                metrics.end(measurement);
                throw e;
            }
        }

        @SuppressWarnings("unchecked")
        private static <V> V read(BatchDataFetcher<?> fetcher, String name) {
            try {
                Field field = BatchDataFetcher.class.getDeclaredField(name);
                field.setAccessible(true);
                return (V) field.get(fetcher);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("SmallRye's BatchDataFetcher has no field " + name
                        + ": check BatchFieldFetchers against this SmallRye GraphQL version", e);
            }
        }
    }
}
