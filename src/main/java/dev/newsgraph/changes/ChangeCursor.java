package dev.newsgraph.changes;

import dev.newsgraph.graphql.Cursor;

/** A change log position as an opaque cursor, in the API's one cursor format. */
final class ChangeCursor {

    private static final String FIELD = "change";

    private ChangeCursor() {
    }

    static String encode(long position) {
        return new Cursor(FIELD, "", position).encode();
    }

    /** The position a cursor names; VALIDATION (on {@code argument}) for anything that is no change cursor. */
    static long decode(String cursor, String argument) {
        Cursor decoded = Cursor.decode(cursor, argument);
        if (!FIELD.equals(decoded.field()) || decoded.id() < 0) {
            throw dev.newsgraph.graphql.ApiException.validation(argument, "not a cursor of the change log");
        }
        return decoded.id();
    }
}
