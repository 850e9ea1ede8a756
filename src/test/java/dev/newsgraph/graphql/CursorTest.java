package dev.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void roundTripsFieldValueAndIdIncludingSeparatorsInTheValue() {
        Cursor cursor = new Cursor("TITLE", "A | title, with \"quotes\" and ünïcode", 42);
        assertEquals(cursor, Cursor.decode(cursor.encode(), "after"));
    }

    @Test
    void rejectsAnythingElseAsValidation() {
        ApiException error = assertThrows(ApiException.class, () -> Cursor.decode("not-a-cursor", "after"));
        assertEquals(ErrorCode.VALIDATION, error.code());
        assertEquals("after", error.details().get("field"));
    }
}
