package dev.newsgraph.graphql;

import java.util.Base64;
import java.util.Optional;

/**
 * The public id of a node: opaque, tagged with its type, URL-safe. It is the type's tag byte followed
 * by the row id in as few big-endian bytes as it needs, in unpadded base64url: Article 12 is
 * {@code AQw}, Organization 70000 {@code AgERcA}, and no id is longer than 12 characters. Storage
 * keeps the numbers; this is the only place that turns one into the other.
 * <p>
 * Decoding is strict: only the one canonical spelling of a known tag and a positive row id is an id
 * (no padding, no other alphabet, no leading zero bytes, no stray low bits), so every node has
 * exactly one id and anything else names nothing.
 */
public record GlobalId(NodeType type, long rowId) {

    /** A tag byte and at most 8 bytes of row id: 9 bytes, 12 base64 characters. */
    static final int MAX_LENGTH = 12;

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public GlobalId {
        if (type == null || rowId <= 0) {
            throw new IllegalArgumentException("a global id needs a type and a positive row id");
        }
    }

    public static String of(NodeType type, long rowId) {
        return new GlobalId(type, rowId).toString();
    }

    @Override
    public String toString() {
        int length = (Long.SIZE - Long.numberOfLeadingZeros(rowId) + 7) / 8;
        byte[] bytes = new byte[1 + length];
        bytes[0] = (byte) type.tag();
        for (int i = length; i >= 1; i--) {
            bytes[i] = (byte) (rowId >>> (8 * (length - i)));
        }
        return ENCODER.encodeToString(bytes);
    }

    /** The node the text names, or empty when it is not an id of this API. */
    public static Optional<GlobalId> decode(String text) {
        if (text == null || text.length() < 3 || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = DECODER.decode(text);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        NodeType type = NodeType.ofTag(bytes[0] & 0xff);
        if (type == null || bytes.length < 2 || bytes[1] == 0 || (bytes.length == 9 && bytes[1] < 0)) {
            return Optional.empty();
        }
        long rowId = 0;
        for (int i = 1; i < bytes.length; i++) {
            rowId = (rowId << 8) | (bytes[i] & 0xff);
        }
        GlobalId id = new GlobalId(type, rowId);
        // The decoder ignores padding and stray low bits; only the canonical spelling counts.
        return id.toString().equals(text) ? Optional.of(id) : Optional.empty();
    }

    /**
     * The row id of the node of the expected type the text names; NOT_FOUND when it names none (not
     * an id, or an id of another type). Whether that row exists is for the caller to find out.
     */
    public static long rowId(String text, NodeType expected) {
        return decode(text).filter(id -> id.type == expected).map(GlobalId::rowId)
                .orElseThrow(() -> ApiException.notFound(expected, text));
    }
}
