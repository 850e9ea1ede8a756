package dev.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 helpers that report where in the file a bad byte sits. */
final class Utf8Text {

    private Utf8Text() {
    }

    /** Decodes strictly; a malformed or unmappable sequence becomes an ArticleFormatException naming its line. */
    static String decodeStrictly(byte[] utf8) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(utf8);
        CharBuffer out = CharBuffer.allocate(utf8.length + 1); // UTF-8 never yields more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw badByteAt(utf8, in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw badByteAt(utf8, in.position());
        }
        out.flip();
        return out.toString();
    }

    /** Counts UTF-8 bytes without allocating, so oversized strings are rejected cheaply. */
    static long encodedLength(CharSequence text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3; // lone surrogates are encoded as a 3-byte replacement
            }
        }
        return bytes;
    }

    private static ArticleFormatException badByteAt(byte[] utf8, int byteOffset) {
        int line = 1;
        for (int i = 0; i < byteOffset && i < utf8.length; i++) {
            if (utf8[i] == '\n') {
                line++;
            }
        }
        String problem = String.format("invalid UTF-8 byte 0x%02X at byte offset %d",
                byteOffset < utf8.length ? utf8[byteOffset] & 0xFF : 0, byteOffset);
        return new ArticleFormatException(line, problem);
    }
}
