package dev.newsgraph.graphql;

import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.spi.EventingService;

/**
 * Lets an operation take a list of ids ({@code @Id List<String>}, `[ID!]`). SmallRye GraphQL 2.17
 * reads {@code @Id} before it unwraps the collection, so it records the list class as the Java class
 * of each id and then refuses every id as not being a list. Ids are strings in this API: this names
 * String as their class again, before the operation's data fetcher is built. Registered as an
 * {@link EventingService} (always on: no config key).
 */
public class IdListArguments implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public Operation createOperation(Operation operation) {
        for (Argument argument : operation.getArguments()) {
            Reference reference = argument.getReference();
            if (argument.hasWrapper() && argument.getWrapper().isCollection()
                    && reference.getType() == ReferenceType.SCALAR && "ID".equals(reference.getName())
                    && reference.getClassName().equals(argument.getWrapper().getWrapperClassName())) {
                reference.setClassName(String.class.getName());
            }
        }
        return operation;
    }
}
