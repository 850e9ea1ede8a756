package dev.newsgraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.newsgraph.notify.DeliveryTimeline;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.http.WebSocketFrameType;
import io.vertx.core.http.impl.ws.WebSocketFrameImpl;

/**
 * One change's message for a group's WebSocket members: the payload is encoded to UTF-8 once, the members
 * are sorted by their socket's event loop and each loop gets one task that writes all of its members (no
 * task, cross-thread lock or flush scheduled per socket, and the group's thread is free again at once);
 * members whose message has the same prefix (the same operation id) share one frame's bytes. The time until
 * every member's message is written (or dropped) is {@code newsgraph.subscription.sent}.
 */
final class FanOutMessage {

    /** Messages longer than this are handed to Vert.x as text, which splits them into frames; shorter ones go as one shared frame. */
    static final int SHARED_FRAME_LIMIT = 16 * 1024;

    private static final Timer SENT = Timer.builder("newsgraph.subscription.sent")
            .description("From a group's result to its message written to every member's socket (or dropped), per change")
            .register(Metrics.globalRegistry);

    private final String payload;
    private final byte[] utf8;
    private final long start = System.nanoTime();
    private final AtomicInteger pending;
    private final long change;

    private FanOutMessage(String payload, int members, long change) {
        this.payload = payload;
        this.change = change;
        this.utf8 = payload.getBytes(StandardCharsets.UTF_8);
        this.pending = new AtomicInteger(members);
    }

    /**
     * Writes each operation's message with this {@code payload} (JSON text): one task per event loop writes the
     * messages of the operations whose socket it serves (an operation whose loop is unknown is written from the
     * calling thread). Each socket's messages keep their order: its writes all go through its own loop's queue.
     */
    static void sendToAll(List<SubscriberSocket.Operation> operations, String payload, long change) {
        if (operations.isEmpty()) {
            return;
        }
        FanOutMessage message = new FanOutMessage(payload, operations.size(), change);
        Map<Executor, List<SubscriberSocket.Operation>> byLoop = new IdentityHashMap<>();
        List<SubscriberSocket.Operation> here = new ArrayList<>();
        for (SubscriberSocket.Operation operation : operations) {
            Executor loop = operation.socket().loop();
            (loop == null ? here : byLoop.computeIfAbsent(loop, l -> new ArrayList<>())).add(operation);
        }
        for (Map.Entry<Executor, List<SubscriberSocket.Operation>> batch : byLoop.entrySet()) {
            try {
                batch.getKey().execute(() -> message.writeTo(batch.getValue()));
            } catch (RejectedExecutionException shuttingDown) {
                message.writeTo(batch.getValue());
            }
        }
        message.writeTo(here);
        DeliveryTimeline.stamp("handed", change, "loops=" + byLoop.size() + " unknown_loop=" + here.size());
    }

    /** Writes to each operation; operations with the same prefix share the frame's bytes (they are only read). */
    private void writeTo(List<SubscriberSocket.Operation> operations) {
        if (operations.isEmpty()) {
            return;
        }
        long cpu = DeliveryTimeline.cpu();
        long started = System.nanoTime();
        Map<String, byte[]> frames = new HashMap<>();
        for (SubscriberSocket.Operation operation : operations) {
            SubscriberSocket socket = operation.socket();
            int length = operation.prefixUtf8().length + utf8.length + 1;
            if (length > SHARED_FRAME_LIMIT) {
                socket.write(length, () -> socket.socket().writeTextMessage(operation.prefix() + payload + "}"), this::written);
            } else {
                byte[] frame = frames.computeIfAbsent(operation.prefix(), prefix -> compose(operation.prefixUtf8()));
                socket.write(length, () -> socket.socket().writeFrame(new WebSocketFrameImpl(WebSocketFrameType.TEXT, frame, true)),
                        this::written);
            }
        }
        if (DeliveryTimeline.on()) {
            DeliveryTimeline.stamp("loop", change, cpu, "writes=" + operations.size() + " waited_us="
                    + (started - start) / 1000 + " wall_us=" + (System.nanoTime() - started) / 1000);
        }
    }

    private byte[] compose(byte[] prefix) {
        byte[] frame = new byte[prefix.length + utf8.length + 1];
        System.arraycopy(prefix, 0, frame, 0, prefix.length);
        System.arraycopy(utf8, 0, frame, prefix.length, utf8.length);
        frame[frame.length - 1] = '}';
        return frame;
    }

    private void written() {
        if (pending.decrementAndGet() == 0) {
            SENT.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            DeliveryTimeline.stamp("written", change, "");
        }
    }
}
