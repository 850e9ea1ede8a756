package dev.newsgraph.http;

/**
 * Keys of what the HTTP edge hands each execution through the engine's {@code GraphQLContext}, for
 * instrumentations and resolvers that need to know about the request.
 */
public final class RequestKeys {

    /** {@link ExecutionBudget}: the request's deadline and response-size allowance. */
    public static final String BUDGET = "newsgraph.budget";

    private RequestKeys() {
    }
}
