package dev.newsgraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.newsgraph.notify.DeliveryTimeline;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.vertx.core.http.WebSocketFrameType;
import io.vertx.core.http.impl.ws.WebSocketFrameImpl;

/**
 * One change's message for a group's WebSocket members: the payload is encoded to UTF-8 once, the members
 * are sorted by their socket's event loop and each loop gets one task that writes all of its members (no
 * task, cross-thread lock or flush scheduled per socket, and the group's thread is free again at once);
 * members whose message has the same prefix (the same operation id) share one ready WebSocket frame, written to
 * each socket as it is (no frame encoded per socket). Changes that reach a loop while it is busy are written by
 * its next task together, each socket flushed once for all of them. The time until
 * every member's message is written (or dropped) is {@code newsgraph.subscription.sent}.
 */
final class FanOutMessage {

    /** Messages longer than this are handed to Vert.x as text, which splits them into frames; shorter ones go as one shared frame. */
    static final int SHARED_FRAME_LIMIT = 16 * 1024;

    private static final Timer SENT = Timer.builder("newsgraph.subscription.sent")
            .description("From a group's result to its message written to every member's socket (or dropped), per change")
            .register(Metrics.globalRegistry);

    /** Each event loop's waiting changes (the loops live as long as the application). */
    private static final Map<Executor, LoopQueue> LOOPS = new ConcurrentHashMap<>();

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
     * Changes that reach a loop while it is busy wait there together: its next task writes all of them, each
     * socket's messages one after another, and flushes each socket once (one system call for several messages).
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
            LOOPS.computeIfAbsent(batch.getKey(), LoopQueue::new).add(new Batch(message, batch.getValue()));
        }
        message.writeTo(here, null);
        DeliveryTimeline.stamp("handed", change, "loops=" + byLoop.size() + " unknown_loop=" + here.size());
    }

    /**
     * Writes to each operation. Operations with the same prefix share one frame: on a socket whose connection is
     * reached, the whole WebSocket frame (header and message) is made once per prefix and each socket writes a
     * duplicate of it, not flushed when {@code unflushed} is given (the socket is added to it instead); otherwise
     * the message's bytes are shared and Vert.x frames and flushes them per socket.
     */
    private void writeTo(List<SubscriberSocket.Operation> operations, Set<SubscriberSocket> unflushed) {
        if (operations.isEmpty()) {
            return;
        }
        long cpu = DeliveryTimeline.cpu();
        long started = System.nanoTime();
        Map<String, byte[]> messages = new HashMap<>();
        Map<String, ByteBuf> frames = new HashMap<>();
        try {
            for (SubscriberSocket.Operation operation : operations) {
                SubscriberSocket socket = operation.socket();
                int length = operation.prefixUtf8().length + utf8.length + 1;
                if (length > SHARED_FRAME_LIMIT) {
                    socket.write(length, () -> socket.socket().writeTextMessage(operation.prefix() + payload + "}"), this::written);
                } else if (socket.framed()) {
                    ByteBuf frame = frames.computeIfAbsent(operation.prefix(),
                            prefix -> textFrame(socket.allocator(), operation.prefixUtf8(), utf8));
                    socket.writeFrame(length, frame.retainedDuplicate(), this::written);
                    if (unflushed == null) {
                        socket.flush();
                    } else {
                        unflushed.add(socket);
                    }
                } else {
                    byte[] message = messages.computeIfAbsent(operation.prefix(), prefix -> compose(operation.prefixUtf8()));
                    socket.write(length, () -> socket.socket().writeFrame(new WebSocketFrameImpl(WebSocketFrameType.TEXT, message, true)),
                            this::written);
                }
            }
        } finally {
            frames.values().forEach(ByteBuf::release);
        }
        if (DeliveryTimeline.on()) {
            DeliveryTimeline.stamp("loop", change, cpu, "writes=" + operations.size() + " waited_us="
                    + (started - start) / 1000 + " wall_us=" + (System.nanoTime() - started) / 1000);
        }
    }

    /** One change's writes for one event loop. */
    private record Batch(FanOutMessage message, List<SubscriberSocket.Operation> operations) {
    }

    /** An event loop's changes waiting to be written, and whether its task to write them is scheduled. */
    private static final class LoopQueue implements Runnable {
        private final Executor loop;
        private final Queue<Batch> batches = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean scheduled = new AtomicBoolean();

        LoopQueue(Executor loop) {
            this.loop = loop;
        }

        void add(Batch batch) {
            batches.add(batch);
            if (scheduled.compareAndSet(false, true)) {
                try {
                    loop.execute(this);
                } catch (RejectedExecutionException shuttingDown) {
                    run();
                }
            }
        }

        /**
         * Writes the changes waiting when it starts, in order, then flushes each socket it wrote to once. Changes
         * that arrive meanwhile are the next run's: they do not hold back this run's flush.
         */
        @Override
        public void run() {
            scheduled.set(false); // a change added from here on schedules the next run
            Set<SubscriberSocket> unflushed = Collections.newSetFromMap(new IdentityHashMap<>());
            int changes = 0;
            long last = 0;
            for (int waiting = batches.size(); changes < waiting; changes++) {
                Batch batch = batches.poll();
                batch.message().writeTo(batch.operations(), unflushed);
                last = batch.message().change;
            }
            long cpu = DeliveryTimeline.cpu();
            unflushed.forEach(SubscriberSocket::flush);
            if (changes > 0) {
                DeliveryTimeline.stamp("flushed", last, cpu, "changes=" + changes + " sockets=" + unflushed.size());
            }
        }
    }

    /** One final, unmasked text frame (RFC 6455 5.2, as a server sends it) of {@code prefix + payload + "}"}. */
    static ByteBuf textFrame(ByteBufAllocator allocator, byte[] prefix, byte[] payload) {
        int length = prefix.length + payload.length + 1;
        ByteBuf frame = allocator.directBuffer((length < 126 ? 2 : length <= 0xFFFF ? 4 : 10) + length);
        frame.writeByte(0x81); // FIN, text
        if (length < 126) {
            frame.writeByte(length);
        } else if (length <= 0xFFFF) {
            frame.writeByte(126).writeShort(length);
        } else {
            frame.writeByte(127).writeLong(length);
        }
        return frame.writeBytes(prefix).writeBytes(payload).writeByte('}');
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
