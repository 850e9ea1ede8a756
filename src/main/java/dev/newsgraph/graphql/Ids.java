package dev.newsgraph.graphql;

/**
 * IDs arrive as strings and are read strictly: only digits make an id ("12abc" or "1 OR 1=1" is
 * refused rather than read as 12 or 1).
 */
public final class Ids {

    private Ids() {
    }

    /** @param field the argument path reported when the value is not an id */
    public static Long parse(String value, String field) {
        if (value == null) {
            return null;
        }
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ApiException.validation(field, "'" + abbreviate(value) + "' is not an id of this API");
        }
        return Long.parseLong(value);
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
