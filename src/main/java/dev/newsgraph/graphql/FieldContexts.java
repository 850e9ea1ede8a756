package dev.newsgraph.graphql;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.DelegatingDataFetchingEnvironment;
import graphql.schema.SelectedField;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Type;
import jakarta.json.JsonArray;

/**
 * SmallRye's request context for one fetch, as {@link SmallRyeContextManager#populateFromDataFetchingEnvironment}
 * builds it, except that the selected fields (as JSON, with and without source fields) are built when someone
 * asks for them instead of at once. SmallRye walks the whole selection below the field twice for every fetch
 * that gets a context (the top-level {@code articles} walks its 282 fields, each batch field's parent its
 * own), and nothing here reads the result; a {@code @Context} user that does gets the same JSON
 * ({@code FieldContextsTest} compares the two). SmallRye builds the context on an environment that shows
 * no selection; the real environment and the deferred selections are then set on that same context,
 * which SmallRye has already made the current one.
 */
public final class FieldContexts {

    /** SmallRye's own {@code buildSelectedFields(Type, DataFetchingEnvironment, Field, boolean)}, or null. */
    private static final MethodHandle SELECTED_FIELDS = selectedFields();

    private FieldContexts() {
    }

    /** The context SmallRye would build for this fetch (and make current), its selected fields deferred. */
    public static SmallRyeContext populate(Type type, Field field, DataFetchingEnvironment environment) {
        if (SELECTED_FIELDS == null) {
            return SmallRyeContextManager.populateFromDataFetchingEnvironment(type, field, environment);
        }
        SmallRyeContext context = SmallRyeContextManager.populateFromDataFetchingEnvironment(type, field,
                new WithoutSelection(environment));
        context.setDataFetchingEnvironment(environment);
        context.setSelectedFields(new DeferredJsonArray(() -> selectedFields(type, environment, field, false)));
        context.setSelectedAndSourceFields(new DeferredJsonArray(() -> selectedFields(type, environment, field, true)));
        return context;
    }

    private static JsonArray selectedFields(Type type, DataFetchingEnvironment environment, Field field, boolean withSource) {
        try {
            return (JsonArray) SELECTED_FIELDS.invokeExact(type, environment, field, withSource);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static MethodHandle selectedFields() {
        try {
            return MethodHandles.privateLookupIn(SmallRyeContextManager.class, MethodHandles.lookup())
                    .findStatic(SmallRyeContextManager.class, "buildSelectedFields", MethodType.methodType(JsonArray.class,
                            Type.class, DataFetchingEnvironment.class, Field.class, boolean.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // another SmallRye version: build the context as SmallRye does
        }
    }

    /** The fetch's environment, showing SmallRye's context builder an empty selection. */
    static final class WithoutSelection extends DelegatingDataFetchingEnvironment {

        WithoutSelection(DataFetchingEnvironment environment) {
            super(environment);
        }

        @Override
        public DataFetchingFieldSelectionSet getSelectionSet() {
            return NO_SELECTION;
        }
    }

    private static final DataFetchingFieldSelectionSet NO_SELECTION = new DataFetchingFieldSelectionSet() {
        @Override
        public boolean contains(String fieldGlobPattern) {
            return false;
        }

        @Override
        public boolean containsAnyOf(String fieldGlobPattern, String... fieldGlobPatterns) {
            return false;
        }

        @Override
        public boolean containsAllOf(String fieldGlobPattern, String... fieldGlobPatterns) {
            return false;
        }

        @Override
        public List<SelectedField> getFields() {
            return List.of();
        }

        @Override
        public List<SelectedField> getImmediateFields() {
            return List.of();
        }

        @Override
        public List<SelectedField> getFields(String fieldGlobPattern, String... fieldGlobPatterns) {
            return List.of();
        }

        @Override
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey() {
            return Map.of();
        }

        @Override
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey(String fieldGlobPattern,
                String... fieldGlobPatterns) {
            return Map.of();
        }
    };
}
