package dev.newsgraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsgraph.cost.RequestLimits;
import dev.newsgraph.graphql.BatchFieldFetchers;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/** Field callbacks reach the instrumentations that implement them, each with its own state, as in the plain chain. */
class FieldInstrumentationsTest {

    /** Its own state per execution; records the fields it was asked to fetch, in that state. */
    static final class Recording extends SimplePerformantInstrumentation {
        static final class Seen implements InstrumentationState {
            final List<String> fields = new ArrayList<>();
        }

        final List<Seen> states = new ArrayList<>();

        @Override
        public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
            Seen seen = new Seen();
            states.add(seen);
            return seen;
        }

        @Override
        public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
                InstrumentationState state) {
            ((Seen) state).fields.add(parameters.getField().getName());
            return FieldFetchingInstrumentationContext.NOOP;
        }
    }

    /** Upper-cases every string a fetcher returns: shows that the data fetcher callback went through. */
    static final class UpperCase extends SimplePerformantInstrumentation {
        @Override
        public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                InstrumentationState state) {
            return environment -> fetcher.get(environment) instanceof String text ? text.toUpperCase() : fetcher.get(environment);
        }
    }

    /** Only the older field-fetch callback. */
    static class OlderFetch extends SimplePerformantInstrumentation {
        @Override
        public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
                InstrumentationState state) {
            return SimpleInstrumentationContext.noOp();
        }
    }

    private static GraphQL engine(FieldInstrumentations chain) {
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
                new SchemaParser().parse("type Query { a: String b: Inner } type Inner { c: String }"),
                RuntimeWiring.newRuntimeWiring().type("Query", t -> t.dataFetcher("a", e -> "x")
                        .dataFetcher("b", e -> Map.of("c", "y"))).build());
        return GraphQL.newGraphQL(schema).instrumentation(chain).build();
    }

    @Test
    void eachFieldCallbackReachesItsMembersWithTheirOwnStates() {
        Recording recording = new Recording();
        FieldInstrumentations chain = new FieldInstrumentations(List.of(new OlderFetch() {
            @Override
            public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
                    InstrumentationState state) {
                return null; // asked, and answers nothing: the chain drops it
            }
        }, recording, new UpperCase()));
        ExecutionResult result = engine(chain).execute("{ a b { c } }");
        assertEquals(List.of(), result.getErrors());
        assertEquals(Map.of("a", "X", "b", Map.of("c", "Y")), result.getData());
        assertEquals(1, recording.states.size());
        assertEquals(List.of("a", "b", "c"), recording.states.get(0).fields);
    }

    @Test
    void withOneImplementingMemberItIsCalledDirectlyWithItsState() {
        Recording recording = new Recording();
        ExecutionResult first = engine(new FieldInstrumentations(List.of(new RequestLimitsLike(), recording,
                new UpperCase()))).execute("{ a }");
        assertEquals(Map.of("a", "X"), first.getData());
        assertEquals(List.of("a"), recording.states.get(0).fields);
    }

    /** Implements none of the field callbacks (like the request limits, which act once per operation). */
    static final class RequestLimitsLike extends SimplePerformantInstrumentation {
    }

    @Test
    void readsWhichCallbacksAMemberImplements() {
        assertTrue(FieldInstrumentations.implementsCallback(EdgeLimits.class, "beginFieldFetching",
                InstrumentationFieldFetchParameters.class));
        assertFalse(FieldInstrumentations.implementsCallback(RequestLimits.class, "beginFieldFetching",
                InstrumentationFieldFetchParameters.class));
        assertTrue(FieldInstrumentations.implementsCallback(OlderFetch.class, "beginFieldFetching",
                InstrumentationFieldFetchParameters.class));
        assertTrue(FieldInstrumentations.implementsCallback(BatchFieldFetchers.class, "instrumentDataFetcher",
                DataFetcher.class, InstrumentationFieldFetchParameters.class));
        assertFalse(FieldInstrumentations.implementsCallback(EdgeLimits.class, "instrumentDataFetcher",
                DataFetcher.class, InstrumentationFieldFetchParameters.class));
    }

    @Test
    void severalImplementingMembersGoThroughTheChain() {
        Recording one = new Recording();
        Recording two = new Recording();
        ExecutionResult result = engine(new FieldInstrumentations(List.of(one, two))).execute("{ a }");
        assertEquals(Map.of("a", "x"), result.getData());
        assertEquals(List.of("a"), one.states.get(0).fields);
        assertEquals(List.of("a"), two.states.get(0).fields);
    }
}
