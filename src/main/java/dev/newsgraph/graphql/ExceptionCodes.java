package dev.newsgraph.graphql;

import jakarta.persistence.OptimisticLockException;

/** Maps the framework exceptions a client can cause to contract codes, with messages that reveal no internals. */
final class ExceptionCodes {

    private ExceptionCodes() {
    }

    static ErrorCode codeOf(Throwable t) {
        if (t instanceof OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
            return ErrorCode.CONFLICT;
        }
        if (t instanceof org.hibernate.exception.ConstraintViolationException) {
            return ErrorCode.CONFLICT;
        }
        if (t instanceof jakarta.validation.ConstraintViolationException) {
            return ErrorCode.VALIDATION;
        }
        if (t instanceof io.quarkus.security.UnauthorizedException
                || t instanceof io.quarkus.security.AuthenticationFailedException) {
            return ErrorCode.UNAUTHORIZED;
        }
        if (t instanceof io.quarkus.security.ForbiddenException) {
            return ErrorCode.FORBIDDEN;
        }
        if (t instanceof io.smallrye.graphql.transformation.TransformException
                || t instanceof java.time.format.DateTimeParseException || t instanceof NumberFormatException) {
            return ErrorCode.VALIDATION;
        }
        return null;
    }

    static String messageOf(ErrorCode code, Throwable t) {
        return switch (code) {
            case CONFLICT -> t instanceof org.hibernate.exception.ConstraintViolationException
                    ? "the change conflicts with existing data (a duplicate or a dangling reference)"
                    : "the record was changed by someone else; reload it and try again";
            case UNAUTHORIZED -> "authentication required: send 'Authorization: Bearer <API key or JWT>'";
            case FORBIDDEN -> "the 'editor' role is required";
            case VALIDATION -> t instanceof jakarta.validation.ConstraintViolationException cve
                    ? cve.getConstraintViolations().stream()
                            .map(v -> v.getPropertyPath() + ": " + v.getMessage()).findFirst().orElse("invalid input")
                    : "invalid value: " + safe(t.getMessage());
            default -> code.name();
        };
    }

    private static String safe(String message) {
        if (message == null) {
            return "";
        }
        // Keep the user-facing first line only, never a trace or a class name.
        String firstLine = message.lines().findFirst().orElse("");
        return firstLine.replaceAll("[a-z]+(\\.[a-z0-9]+)+\\.[A-Z]\\w*", "value");
    }
}
