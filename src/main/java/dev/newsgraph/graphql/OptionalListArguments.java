package dev.newsgraph.graphql;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.spi.EventingService;

/**
 * Keeps an optional list argument optional. SmallRye GraphQL 2.17 merges the annotations of a
 * parameter with those of its type arguments, so {@code List<@NonNull NodeType> types} becomes
 * `[NodeType!]!` instead of `[NodeType!]` (smallrye-graphql issue 753). This makes such an argument
 * nullable again unless the parameter itself carries {@code @NonNull}. Registered as an
 * {@link EventingService} (always on: no config key).
 */
public class OptionalListArguments implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public Operation createOperation(Operation operation) {
        for (Argument argument : operation.getArguments()) {
            if (argument.isNotNull() && argument.hasWrapper() && argument.getWrapper().isCollection()
                    && !declaredNonNull(operation, argument)) {
                argument.setNotNull(false);
            }
        }
        return operation;
    }

    /** Whether the Java parameter behind the argument is itself {@code @NonNull}; true when it cannot be found. */
    private static boolean declaredNonNull(Operation operation, Argument argument) {
        try {
            Class<?> api = Class.forName(operation.getClassName(), false, Thread.currentThread().getContextClassLoader());
            for (Method method : api.getDeclaredMethods()) {
                if (!method.getName().equals(operation.getMethodName())) {
                    continue;
                }
                for (Parameter parameter : method.getParameters()) {
                    Name name = parameter.getAnnotation(Name.class);
                    if (name != null && name.value().equals(argument.getName())) {
                        return parameter.isAnnotationPresent(NonNull.class);
                    }
                }
            }
        } catch (ClassNotFoundException | LinkageError e) {
            // leave the argument as SmallRye made it
        }
        return true;
    }
}
