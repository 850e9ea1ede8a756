package dev.newsgraph.http;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * graphql-java's {@link ChainedInstrumentation}, with the callbacks the engine makes for every field and
 * every object sent only to the instrumentations that implement them. The plain chain asks each of its
 * members for a context on every field — four members, five callbacks per field, a list and a wrapper
 * context each time — where here one member (the limits' field fetch, the batch fetchers' data fetcher)
 * or none answers: with none the engine gets the no-op the members would have given, with one that
 * member's own answer, with more the chain's. Per-request callbacks stay the chain's.
 */
@RegisterForReflection(classNames = "graphql.execution.instrumentation.ChainedInstrumentation$ChainedInstrumentationState")
final class FieldInstrumentations extends ChainedInstrumentation {

    /** Where a callback is declared when a member does not implement it. */
    private static final Set<Class<?>> NOT_IMPLEMENTED = Set.of(Instrumentation.class, SimplePerformantInstrumentation.class);
    private static final String STATE_TYPE = ChainedInstrumentation.class.getName() + "$ChainedInstrumentationState";
    private static final Class<?> STATE = stateType();
    private static final VarHandle STATES = states();

    private final Member fieldExecution;
    private final Member fieldFetching;
    private final Member fieldCompletion;
    private final Member fieldListCompletion;
    private final Member executeObject;
    private final Member dataFetcher;

    /** The members that implement a callback: none, one (with its place in the chain), or several. */
    private record Member(int count, int index, Instrumentation instrumentation) {
    }

    FieldInstrumentations(List<Instrumentation> instrumentations) {
        super(instrumentations);
        fieldExecution = implementing(instrumentations, "beginFieldExecution", InstrumentationFieldParameters.class);
        fieldFetching = implementing(instrumentations, "beginFieldFetching", InstrumentationFieldFetchParameters.class);
        fieldCompletion = implementing(instrumentations, "beginFieldCompletion", InstrumentationFieldCompleteParameters.class);
        fieldListCompletion = implementing(instrumentations, "beginFieldListCompletion",
                InstrumentationFieldCompleteParameters.class);
        executeObject = implementing(instrumentations, "beginExecuteObject", InstrumentationExecutionStrategyParameters.class);
        dataFetcher = implementing(instrumentations, "instrumentDataFetcher", DataFetcher.class,
                InstrumentationFieldFetchParameters.class);
    }

    private static Member implementing(List<Instrumentation> instrumentations, String callback, Class<?>... parameters) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < instrumentations.size(); i++) {
            if (implementsCallback(instrumentations.get(i).getClass(), callback, parameters)) {
                found.add(i);
            }
        }
        return found.size() == 1 ? new Member(1, found.get(0), instrumentations.get(found.get(0)))
                : new Member(found.size(), -1, null);
    }

    /** Whether the class declares the callback itself (the field-fetching one also through its older name). */
    static boolean implementsCallback(Class<?> type, String callback, Class<?>... parameters) {
        Class<?>[] withState = new Class<?>[parameters.length + 1];
        System.arraycopy(parameters, 0, withState, 0, parameters.length);
        withState[parameters.length] = InstrumentationState.class;
        try {
            if (!NOT_IMPLEMENTED.contains(type.getMethod(callback, withState).getDeclaringClass())) {
                return true;
            }
            return callback.equals("beginFieldFetching") && !NOT_IMPLEMENTED.contains(type.getMethod("beginFieldFetch",
                    withState).getDeclaringClass());
        } catch (NoSuchMethodException e) {
            return true; // not the callback this was written against: let the chain ask it
        }
    }

    /** The member's own state within the chain's. */
    private static InstrumentationState stateOf(InstrumentationState chained, Member member) {
        return ((List<?>) STATES.get(chained)).get(member.index()) instanceof InstrumentationState state ? state : null;
    }

    /** Whether a callback goes to its one member: the chain's own state carries that member's state. */
    private static boolean direct(Member member, InstrumentationState state) {
        return member.count() == 1 && STATE.isInstance(state);
    }

    @Override
    public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
            InstrumentationState state) {
        if (fieldExecution.count() == 0) {
            return SimpleInstrumentationContext.noOp();
        }
        return direct(fieldExecution, state)
                ? fieldExecution.instrumentation().beginFieldExecution(parameters, stateOf(state, fieldExecution))
                : super.beginFieldExecution(parameters, state);
    }

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (fieldFetching.count() == 0) {
            return FieldFetchingInstrumentationContext.NOOP;
        }
        return direct(fieldFetching, state)
                ? fieldFetching.instrumentation().beginFieldFetching(parameters, stateOf(state, fieldFetching))
                : super.beginFieldFetching(parameters, state);
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        if (fieldCompletion.count() == 0) {
            return SimpleInstrumentationContext.noOp();
        }
        return direct(fieldCompletion, state)
                ? fieldCompletion.instrumentation().beginFieldCompletion(parameters, stateOf(state, fieldCompletion))
                : super.beginFieldCompletion(parameters, state);
    }

    @Override
    public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        if (fieldListCompletion.count() == 0) {
            return SimpleInstrumentationContext.noOp();
        }
        return direct(fieldListCompletion, state)
                ? fieldListCompletion.instrumentation().beginFieldListCompletion(parameters, stateOf(state, fieldListCompletion))
                : super.beginFieldListCompletion(parameters, state);
    }

    @Override
    public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
            InstrumentationState state) {
        if (executeObject.count() == 0) {
            return ExecuteObjectInstrumentationContext.NOOP;
        }
        return direct(executeObject, state)
                ? executeObject.instrumentation().beginExecuteObject(parameters, stateOf(state, executeObject))
                : super.beginExecuteObject(parameters, state);
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (dataFetcher.count() == 0) {
            return fetcher;
        }
        return direct(dataFetcher, state)
                ? dataFetcher.instrumentation().instrumentDataFetcher(fetcher, parameters, stateOf(state, dataFetcher))
                : super.instrumentDataFetcher(fetcher, parameters, state);
    }

    /** The chain's per-execution states, one per member in the chain's order (a private list of graphql-java's). */
    private static Class<?> stateType() {
        try {
            return Class.forName(STATE_TYPE, false, ChainedInstrumentation.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("graphql-java has no " + STATE_TYPE
                    + ": check FieldInstrumentations against this graphql-java version", e);
        }
    }

    private static VarHandle states() {
        try {
            Class<?> type = STATE;
            return MethodHandles.privateLookupIn(type, MethodHandles.lookup()).findVarHandle(type, "instrumentationStates",
                    List.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("graphql-java's ChainedInstrumentationState has no list instrumentationStates"
                    + ": check FieldInstrumentations against this graphql-java version", e);
        }
    }
}
