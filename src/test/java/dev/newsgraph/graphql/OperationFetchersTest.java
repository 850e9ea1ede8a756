package dev.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusDataFetcherService;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.OperationType;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;

/**
 * SmallRye asks the fetcher services for an operation fetcher per batch operation at the start of every
 * execution; the plain-field service answers with one kept per operation, extending the class Quarkus' own
 * service would have made.
 */
class OperationFetchersTest {

    public static final class Films {
        public String first() {
            return "A New Hope";
        }

        public String second() {
            return "The Empire Strikes Back";
        }
    }

    private static Operation operation(String method) {
        Operation operation = new Operation();
        operation.setClassName(Films.class.getName());
        operation.setMethodName(method);
        operation.setName(method);
        operation.setOperationType(OperationType.QUERY);
        Reference reference = new Reference();
        reference.setClassName(String.class.getName());
        reference.setName("String");
        operation.setReference(reference);
        return operation;
    }

    @Test
    void oneFetcherPerOperationAcrossExecutions() {
        PlainFieldDataFetchers service = new PlainFieldDataFetchers();
        Operation first = operation("first");
        Operation second = operation("second");
        Type type = new Type();

        Object once = service.getDefaultDataFetcher(first, type);
        assertSame(once, service.getDefaultDataFetcher(first, type), "a later execution gets the same fetcher");
        assertNotSame(once, service.getDefaultDataFetcher(second, type), "another operation gets its own");
        assertNotSame(once, service.getDefaultDataFetcher(operation("first"), type),
                "operations are told apart by identity: another schema's model is another operation");
    }

    @Test
    void sameKindOfFetcherAsQuarkusWouldMake() {
        Operation first = operation("first");
        Type type = new Type();
        // the kept fetcher is Quarkus' own, with its context's selected fields deferred (OperationDataFetcher)
        assertEquals(new QuarkusDataFetcherService().getDefaultDataFetcher(first, type).getClass(),
                new PlainFieldDataFetchers().getDefaultDataFetcher(first, type).getClass().getSuperclass(),
                "if Quarkus' service starts making another fetcher, this cache must follow it");
    }
}
