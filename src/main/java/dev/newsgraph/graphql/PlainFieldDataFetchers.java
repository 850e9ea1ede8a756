package dev.newsgraph.graphql;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLException;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.DataFetcherService;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Reads plain fields (an article's title, a mention's count…) without building a SmallRye request
 * context for each one. SmallRye's default fetcher builds that context — the selected fields as
 * JSON, the path — for every scalar of every node, which dominated the cost of a feed page; a plain
 * read never looks at it. Values still pass through SmallRye's own transformation (ids, dates), and
 * fields with adapters keep the default fetcher. Registered through the DataFetcherService SPI.
 *
 * <p>It also keeps one operation fetcher per operation. SmallRye asks for a new one for every batch
 * ({@code @Source} list) operation of the schema at the start of every execution — a query's, and each
 * subscriber's subscribe — to serve as that execution's batch loader, and each new one looks its method
 * up again by reflection. The fetcher holds only the operation's description, as the one SmallRye keeps
 * for the schema's own lifetime does, so one per operation serves every execution. That fetcher
 * ({@link OperationDataFetcher}) builds the selected fields of its context only when they are read.
 */
@RegisterForReflection
public class PlainFieldDataFetchers implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 0;
    }

    private final ConcurrentHashMap<OperationOf, PlugableBatchableDataFetcher<?, ?>> operations = new ConcurrentHashMap<>();

    @Override
    public PlugableBatchableDataFetcher<?, ?> getDefaultDataFetcher(Operation operation, Type type) {
        return operations.computeIfAbsent(new OperationOf(operation, type),
                key -> new OperationDataFetcher<>(key.operation(), key.type()));
    }

    /** An operation on a type, by identity: the schema's model objects are built once and never change. */
    record OperationOf(Operation operation, Type type) {
        @Override
        public boolean equals(Object other) {
            return other instanceof OperationOf that && that.operation == operation && that.type == type;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(operation) + System.identityHashCode(type);
        }
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        boolean adapted = field.isAdaptingWith() || field.isAdaptingTo()
                || field.getReference().isAdaptingWith() || field.getReference().isAdaptingTo()
                || (field.hasWrapper() && field.getWrapper().isMap());
        return adapted ? null : new PlainFieldDataFetcher<>(field, owner);
    }

    static final class PlainFieldDataFetcher<T> implements PlugableDataFetcher<T>, TrivialDataFetcher<T> {

        private final Field field;
        private final Reference owner;
        private final FieldHelper helper;
        private volatile MethodHandle accessor;

        PlainFieldDataFetcher(Field field, Reference owner) {
            this.field = field;
            this.owner = owner;
            this.helper = new FieldHelper(field);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(DataFetchingEnvironment environment) throws Exception {
            Object source = environment.getSource();
            Object value;
            try {
                value = accessor().invoke(source);
            } catch (Throwable e) {
                throw e instanceof Exception exception ? exception : new GraphQLException(e);
            }
            return (T) helper.transformOrAdaptResponse(value, environment);
        }

        /** Same lookup as SmallRye's own fetcher (the public field, or its accessor method), done once. */
        private MethodHandle accessor() throws ReflectiveOperationException {
            MethodHandle handle = accessor;
            if (handle == null) {
                Class<?> type = ClassloadingService.get().loadClass(owner.getClassName());
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                handle = field.getMethodName() == null
                        ? lookup.unreflectGetter(type.getField(field.getPropertyName()))
                        : lookup.unreflect(type.getMethod(field.getMethodName()));
                accessor = handle.asType(handle.type().changeParameterType(0, Object.class).changeReturnType(Object.class));
                handle = accessor;
            }
            return handle;
        }
    }
}
