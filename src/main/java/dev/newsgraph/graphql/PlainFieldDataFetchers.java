package dev.newsgraph.graphql;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

import graphql.GraphQLException;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
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
 */
@RegisterForReflection
public class PlainFieldDataFetchers implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 0;
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
