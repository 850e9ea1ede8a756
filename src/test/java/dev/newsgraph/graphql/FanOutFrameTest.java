package dev.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;

/** The shared frame a group's message is written as: what a WebSocket client decodes from it is the message. */
class FanOutFrameTest {

    /** As a client reads a server's frames: unmasked, up to 1 MiB. */
    private static String decoded(ByteBuf frame) {
        EmbeddedChannel client = new EmbeddedChannel(new WebSocket13FrameDecoder(WebSocketDecoderConfig.newBuilder()
                .expectMaskedFrames(false).allowMaskMismatch(false).maxFramePayloadLength(1 << 20).build()));
        assertTrue(client.writeInbound(frame), "one frame decoded");
        TextWebSocketFrame text = client.readInbound();
        try {
            assertTrue(text.isFinalFragment(), "a whole message");
            assertEquals(0, text.rsv(), "no extension bits");
            return text.text();
        } finally {
            text.release();
            client.finishAndReleaseAll();
        }
    }

    @Test
    void eachLengthFormDecodesToThePrefixThePayloadAndTheClosingBrace() {
        byte[] prefix = "{\"type\":\"next\",\"id\":\"s\",\"payload\":".getBytes(StandardCharsets.UTF_8);
        // whole messages of 7-bit, 16-bit and 64-bit lengths, at their edges
        for (int message : new int[] { prefix.length + 12, 125, 126, 300, 65_535, 65_536, 70_000 }) {
            String payload = "{\"data\":\"" + "x".repeat(message - prefix.length - 12) + "\"}";
            ByteBuf frame = FanOutMessage.textFrame(UnpooledByteBufAllocator.DEFAULT, prefix, payload.getBytes(StandardCharsets.UTF_8));
            String text = decoded(frame);
            assertEquals(message, text.length(), "the message's length");
            assertEquals(new String(prefix, StandardCharsets.UTF_8) + payload + "}", text);
        }
        String accented = "{\"data\":\"Zürich, Genève, 東京\"}";
        assertEquals(new String(prefix, StandardCharsets.UTF_8) + accented + "}",
                decoded(FanOutMessage.textFrame(UnpooledByteBufAllocator.DEFAULT, prefix, accented.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void duplicatesOfOneFrameAreReadApartAndReleasedWithIt() {
        byte[] prefix = "{\"id\":\"1\",\"payload\":".getBytes(StandardCharsets.UTF_8);
        ByteBuf frame = FanOutMessage.textFrame(UnpooledByteBufAllocator.DEFAULT, prefix, "{\"n\":1}".getBytes(StandardCharsets.UTF_8));
        String first = decoded(frame.retainedDuplicate());
        String second = decoded(frame.retainedDuplicate());
        assertEquals("{\"id\":\"1\",\"payload\":{\"n\":1}}", first);
        assertEquals(first, second);
        assertEquals(1, frame.refCnt(), "each duplicate released its own reference");
        assertTrue(frame.release());
    }
}
