package dev.newsgraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque keyset cursor: the sort field, the sort value of the item and its id, so the next page
 * seeks straight to its position through an index instead of skipping rows.
 */
public record Cursor(String field, String value, long id) {

    private static final String VERSION = "v1";
    private static final char SEPARATOR = '\u001f';

    public String encode() {
        String raw = VERSION + SEPARATOR + field + SEPARATOR + id + SEPARATOR + value;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @param argument the argument name (`after` or `before`) reported when the cursor is unusable */
    public static Cursor decode(String encoded, String argument) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            String[] parts = raw.split(String.valueOf(SEPARATOR), 4);
            if (parts.length != 4 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException("unknown layout");
            }
            return new Cursor(parts[1], parts[3], Long.parseLong(parts[2]));
        } catch (IllegalArgumentException e) {
            throw ApiException.validation(argument, "not a cursor returned by this API");
        }
    }
}
