package dev.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class GlobalIdTest {

    private static final List<Long> ROW_IDS = List.of(1L, 12L, 255L, 256L, 65_535L, 65_536L, 70_000L, 1L << 32,
            (1L << 56) - 1, 1L << 56, Long.MAX_VALUE);

    @Test
    void anIdIsTheTypeTagAndTheRowIdInUnpaddedBase64url() {
        assertEquals("AQw", GlobalId.of(NodeType.ARTICLE, 12));
        assertEquals("AgERcA", GlobalId.of(NodeType.ORGANIZATION, 70_000));
        assertEquals("A3__________", GlobalId.of(NodeType.EVENT, Long.MAX_VALUE));
    }

    @Test
    void everyIdDecodesToTheNodeItWasMadeFromAndIsShortAndUrlSafe() {
        for (NodeType type : NodeType.values()) {
            for (long rowId : ROW_IDS) {
                String id = GlobalId.of(type, rowId);
                assertEquals(Optional.of(new GlobalId(type, rowId)), GlobalId.decode(id), id);
                assertEquals(rowId, GlobalId.rowId(id, type), id);
                assertTrue(id.matches("[A-Za-z0-9_-]{3,12}"), id);
            }
        }
        Random random = new Random(13);
        for (int i = 0; i < 10_000; i++) {
            long rowId = 1 + (random.nextLong() & Long.MAX_VALUE) % Long.MAX_VALUE;
            NodeType type = NodeType.values()[random.nextInt(NodeType.values().length)];
            assertEquals(Optional.of(new GlobalId(type, rowId)), GlobalId.decode(GlobalId.of(type, rowId)));
        }
    }

    @Test
    void theSameRowIdOfTwoTypesGivesTwoIds() {
        Set<String> ids = new HashSet<>();
        for (NodeType type : NodeType.values()) {
            for (long rowId : ROW_IDS) {
                ids.add(GlobalId.of(type, rowId));
            }
        }
        assertEquals(NodeType.values().length * ROW_IDS.size(), ids.size());
        assertNotEquals(GlobalId.of(NodeType.ARTICLE, 1), GlobalId.of(NodeType.ORGANIZATION, 1));
    }

    @Test
    void onlyTheCanonicalSpellingOfAKnownTypeAndAPositiveRowIdIsAnId() {
        List<String> notIds = List.of(
                "", "1", "12", "999999", "AQ", // numbers, too short
                "AQw=", "AQw==", " AQw", "AQw ", "AQ w", "AQ+w", "AQ/w", "AQ.w", // padding, spaces, other alphabets
                "AQx", "AQz", // stray low bits: the decoder would read 12 from them too
                "AQAM", // leading zero byte
                "AQA", // row id 0
                "AAE", "BAE", "_wE", // tag 0, tag 4, tag 255
                "AYAAAAAAAAAA", // nine bytes with the top bit set: a negative row id
                "AQEBAQEBAQEBAQ", // longer than any id
                "x".repeat(100_000));
        for (String text : notIds) {
            assertEquals(Optional.empty(), GlobalId.decode(text), text.length() > 20 ? "a long text" : text);
        }
        assertEquals(Optional.empty(), GlobalId.decode(null));
    }

    @Test
    void decodingNeverAcceptsTwoSpellingsOfOneNode() {
        Random random = new Random(7);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        int accepted = 0;
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 3 + random.nextInt(10);
            for (int c = 0; c < length; c++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Optional<GlobalId> decoded = GlobalId.decode(text.toString());
            if (decoded.isPresent()) {
                accepted++;
                assertEquals(text.toString(), decoded.get().toString());
            }
        }
        assertTrue(accepted > 0, "some random texts are ids");
    }

    @Test
    void anIdOfAnotherTypeOrNoIdAtAllIsNotFoundAndOnlyShortPrintableTextIsEchoed() {
        String organization = GlobalId.of(NodeType.ORGANIZATION, 1);

        ApiException wrongType = assertThrows(ApiException.class, () -> GlobalId.rowId(organization, NodeType.ARTICLE));
        assertEquals(ErrorCode.NOT_FOUND, wrongType.code());
        assertEquals("no Article has the id '" + organization + "'", wrongType.getMessage());

        ApiException malformed = assertThrows(ApiException.class, () -> GlobalId.rowId("1 OR 1=1", NodeType.EVENT));
        assertEquals(ErrorCode.NOT_FOUND, malformed.code());
        assertEquals("no Event has the id '1 OR 1=1'", malformed.getMessage());

        for (String unshown : List.of("y".repeat(41), "AQ\nw", "AQ\u202ew", "\ud800")) {
            ApiException error = assertThrows(ApiException.class, () -> GlobalId.rowId(unshown, NodeType.EVENT));
            assertEquals("no Event has the id given", error.getMessage());
        }
    }
}
