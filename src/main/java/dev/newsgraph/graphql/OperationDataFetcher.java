package dev.newsgraph.graphql;

import jakarta.validation.ConstraintViolationException;

import org.eclipse.microprofile.graphql.GraphQLException;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusDefaultDataFetcher;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;
import io.smallrye.graphql.validation.BeanValidationUtil;

/**
 * Quarkus' fetcher for an operation (a query's, a mutation's, a non-batch field resolver's), fetching as
 * SmallRye's {@code AbstractDataFetcher.get} does — context, before-fetch event, arguments, the call, and
 * the same handling of each failure — with a context whose selected fields are built only when read
 * ({@link FieldContexts}). Batch loading is SmallRye's, unchanged.
 */
final class OperationDataFetcher<K, T> extends QuarkusDefaultDataFetcher<K, T> {

    OperationDataFetcher(Operation operation, Type type) {
        super(operation, type);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(DataFetchingEnvironment environment) throws Exception {
        Context context = FieldContexts.populate(type, operation, environment);
        eventEmitter.fireBeforeDataFetch(context);
        DataFetcherResult.Builder<Object> result = DataFetcherResult.newResult().localContext(environment.getGraphQlContext());
        try {
            Object[] arguments = argumentHelper.getArguments(environment).toArray();
            return invokeAndTransform(context, environment, result, arguments);
        } catch (AbstractDataFetcherException e) {
            e.appendDataFetcherResult(result, environment);
            eventEmitter.fireOnDataFetchError(context, e);
        } catch (GraphQLException e) {
            errorResultHelper.appendPartialResult(result, environment, e);
            eventEmitter.fireOnDataFetchError(context, e);
        } catch (ConstraintViolationException e) {
            return (T) BeanValidationUtil.addConstraintViolationsToDataFetcherResult(e.getConstraintViolations(),
                    operationInvoker.getMethod(), result, environment).build();
        } catch (Throwable t) {
            eventEmitter.fireOnDataFetchError(context, t);
            throw t;
        }
        return invokeFailure(result);
    }
}
