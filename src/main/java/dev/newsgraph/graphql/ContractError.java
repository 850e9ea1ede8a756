package dev.newsgraph.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

/**
 * An error exactly as clients see it: message, locations, path and {@code extensions} with the
 * contract code; no engine classification names.
 */
public final class ContractError implements GraphQLError {

    private final String message;
    private final List<SourceLocation> locations;
    private final List<Object> path;
    private final Map<String, Object> extensions;
    private final ErrorClassification classification;

    /** @param classification the engine's kind of error, kept for the engine and never shown */
    public ContractError(String message, List<SourceLocation> locations, List<Object> path, Map<String, Object> extensions,
            ErrorClassification classification) {
        this.classification = classification == null ? ErrorType.DataFetchingException : classification;
        this.message = message;
        this.locations = locations == null ? List.of() : locations;
        this.path = path;
        this.extensions = extensions;
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return locations;
    }

    @Override
    public List<Object> getPath() {
        return path;
    }

    @Override
    public ErrorClassification getErrorType() {
        return classification;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return extensions;
    }

    @Override
    public Map<String, Object> toSpecification() {
        Map<String, Object> specification = new LinkedHashMap<>();
        specification.put("message", message);
        if (!locations.isEmpty()) {
            specification.put("locations", locations.stream()
                    .map(l -> Map.of("line", l.getLine(), "column", l.getColumn())).toList());
        }
        if (path != null) {
            specification.put("path", path);
        }
        specification.put("extensions", extensions);
        return specification;
    }
}
