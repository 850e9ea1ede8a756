package dev.newsgraph.graphql;

/** The `extensions.code` values of the public contract; every error a client sees carries one. */
public enum ErrorCode {
    NOT_FOUND,
    VALIDATION,
    CONFLICT,
    UNAUTHORIZED,
    FORBIDDEN,
    LIMIT_EXCEEDED,
    BAD_INPUT,
    PERSISTED_QUERY_NOT_FOUND,
    INTERNAL
}
