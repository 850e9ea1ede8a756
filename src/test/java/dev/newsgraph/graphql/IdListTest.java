package dev.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class IdListTest {

    @Test
    void padsToAPowerOfTwoByRepeatingTheLastId() {
        IdList ids = IdList.of("id", List.of(5L, 7L, 9L));
        assertEquals("(:id0, :id1, :id2, :id3)", ids.placeholders());
        assertEquals(Map.of("id0", 5L, "id1", 7L, "id2", 9L, "id3", 9L), ids.parameters());
    }

    @Test
    void sameSizeClassGivesTheSameQueryShape() {
        assertEquals(IdList.of("id", List.of(1L, 2L, 3L, 4L, 5L)).placeholders(),
                IdList.of("id", List.of(10L, 20L, 30L, 40L, 50L, 60L, 70L)).placeholders());
        assertEquals("(:id0)", IdList.of("id", List.of(3L, 3L)).placeholders());
    }

    @Test
    void hugeBatchesFallBackToOneListParameterAndEmptyOnesAreRefused() {
        List<Long> many = java.util.stream.LongStream.rangeClosed(1, IdList.MAX_PADDED + 1).boxed().toList();
        assertEquals("(:id)", IdList.of("id", many).placeholders());
        assertThrows(IllegalArgumentException.class, () -> IdList.of("id", List.of()));
    }
}
