package dev.newsgraph.graphql;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.reactivestreams.Subscriber;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vertx.core.Future;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.impl.WebSocketInternal;

/**
 * The WebSocket behind one of SmallRye's subscription subscribers, so that a group's message text,
 * prepared once per change, is written to it directly: SmallRye would build each subscriber's message as
 * a {@code jakarta.json} object and write it out on its own. The socket, the operation's id and its
 * message type ({@code next} for graphql-transport-ws, {@code data} for graphql-ws) are read from
 * SmallRye's subscriber (private fields: when they are not there, {@link #behind} answers null and the
 * subscriber is served by SmallRye as before). Completion, errors and everything else stay SmallRye's.
 *
 * <p>A group's message reaches its members through {@link FanOutMessage}: one task per event loop, each
 * socket written from its own loop ({@link #loop()}). Where the socket's connection can be reached
 * ({@link #framed()}), a message is written as a ready WebSocket frame, bytes shared by every socket that gets
 * the same message, to the connection's channel from its event loop, and flushed once for all the messages the
 * loop's task wrote to it; otherwise through Vert.x's WebSocket, one frame encoded and flushed per message.
 *
 * <p>Each socket counts the bytes it was handed and has not written yet; a write that would take it past
 * {@link SubscriptionsConfig#maxQueued()} closes the socket with {@link #SLOW_CONSUMER} instead: its
 * client reads slower than its events arrive. It may connect again and resume with {@code changes(after:)}.
 */
@RegisterForReflection(classNames = { SubscriberSocket.SUBSCRIBER, SubscriberSocket.HANDLER,
        "io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLOverWebSocketHandler$QuarkusVertxWebSocketSession",
        "io.vertx.ext.web.impl.ServerWebSocketWrapper" }, fields = true, methods = false)
final class SubscriberSocket {

    /** The close code for a client that fell behind: 1013, "try again later" (RFC 6455's registry). */
    static final short SLOW_CONSUMER = 1013;

    static final String SUBSCRIBER = "io.smallrye.graphql.websocket.AbstractGraphQLWebsocketHandler$SubscriptionSubscriber";
    static final String HANDLER = "io.smallrye.graphql.websocket.AbstractGraphQLWebsocketHandler";

    private static final Logger LOG = Logger.getLogger(SubscriberSocket.class);
    private static final Map<ServerWebSocket, SubscriberSocket> SOCKETS = Collections.synchronizedMap(new WeakHashMap<>());
    private static final Counter PREPARED = Counter.builder("newsgraph.subscription.prepared")
            .description("Subscription messages written to their socket from a text prepared once per change and group")
            .register(Metrics.globalRegistry);
    private static final Counter SLOW_CLOSED = Counter.builder("newsgraph.subscription.slow.closed")
            .description("WebSockets closed because more subscription messages waited than newsgraph.subscriptions.max-queued")
            .register(Metrics.globalRegistry);
    private static volatile Access access;
    private static volatile boolean warned;
    private static volatile long maxQueued = 1024 * 1024;

    private final ServerWebSocket socket;
    private final Executor loop;
    private final ChannelHandlerContext channel;
    private final long bound;
    private final AtomicLong queued = new AtomicLong();
    private final AtomicBoolean closing = new AtomicBoolean();

    private SubscriberSocket(ServerWebSocket socket, long bound) {
        this.socket = socket;
        this.bound = bound;
        WebSocketInternal internal = internal(socket);
        this.channel = internal == null ? null : internal.channelHandlerContext();
        this.loop = channel == null ? null : channel.executor();
    }

    /**
     * Vert.x's socket behind {@code socket}, whose event loop the socket's writes happen on, or null when it cannot be
     * found (then the socket is written from the group's thread, and Vert.x hands each write to the loop). Vert.x
     * Web wraps the socket: the wrapper's delegate is found by its type.
     */
    private static WebSocketInternal internal(ServerWebSocket socket) {
        try {
            Object candidate = socket;
            for (int depth = 0; depth < 3 && candidate != null; depth++) {
                if (candidate instanceof WebSocketInternal internal) {
                    return internal;
                }
                candidate = delegate(candidate);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf("No event loop found behind a WebSocket (%s): its writes are handed over one by one", e);
        }
        return null;
    }

    private static Object delegate(Object wrapper) throws IllegalAccessException {
        for (Field field : wrapper.getClass().getDeclaredFields()) {
            if (ServerWebSocket.class.isAssignableFrom(field.getType())) {
                field.setAccessible(true);
                return field.get(wrapper);
            }
        }
        return null;
    }

    /** Reads the bound at start, before any socket opens. */
    @Startup
    @Singleton
    static class Bound {
        Bound(SubscriptionsConfig config) {
            maxQueued = config.maxQueued().asLongValue();
        }
    }

    /** One subscription on a socket: its message is {@code prefix + payload + "}"}. */
    record Operation(SubscriberSocket socket, String prefix, byte[] prefixUtf8) {
    }

    /** The operation SmallRye's {@code subscriber} sends to, or null when it is not one of SmallRye's WebSocket subscribers. */
    static Operation behind(Subscriber<?> subscriber) {
        if (!subscriber.getClass().getName().equals(SUBSCRIBER)) {
            return null;
        }
        Access fields = access(subscriber.getClass());
        if (fields.none()) {
            return null;
        }
        try {
            Object session = fields.session.get(subscriber);
            String id = (String) fields.operationId.get(subscriber);
            String type = (String) fields.messageType.get(fields.handler.get(subscriber));
            ServerWebSocket webSocket = session == null ? null : fields.webSocket(session);
            if (webSocket == null || id == null || type == null) {
                return null;
            }
            String prefix = "{\"type\":" + quoted(type) + ",\"id\":" + quoted(id) + ",\"payload\":";
            return new Operation(of(webSocket), prefix, prefix.getBytes(StandardCharsets.UTF_8));
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (!warned) {
                warned = true;
                LOG.warn("Could not reach the WebSocket behind a subscriber; SmallRye sends its messages", e);
            }
            return null;
        }
    }

    /** {@code text} as a JSON string. */
    static String quoted(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    private static SubscriberSocket of(ServerWebSocket webSocket) {
        synchronized (SOCKETS) {
            return SOCKETS.computeIfAbsent(webSocket, socket -> new SubscriberSocket(socket, maxQueued));
        }
    }

    /** The event loop this socket is written from, or null when unknown. */
    Executor loop() {
        return loop;
    }

    ServerWebSocket socket() {
        return socket;
    }

    /** Whether ready frames can be written to this socket ({@link #writeFrame}); else only {@link #write}. */
    boolean framed() {
        return channel != null;
    }

    /** Where this socket's frames are allocated (only when {@link #framed()}). */
    ByteBufAllocator allocator() {
        return channel.alloc();
    }

    /**
     * Writes {@code frame}, a whole WebSocket frame of a message of {@code bytes}, unless the socket is closed or too
     * far behind; then {@code done}, once it is written. It is sent at the next {@link #flush()}. Takes over
     * {@code frame} (one reference: a duplicate of a shared frame). Call from the socket's event loop: written there,
     * in the order of the loop's tasks, it keeps its place among Vert.x's writes for the socket (those from other
     * threads are tasks of the same loop).
     */
    void writeFrame(int bytes, ByteBuf frame, Runnable done) {
        if (!reserve(bytes, done)) {
            frame.release();
            return;
        }
        try {
            ChannelPromise promise = channel.newPromise();
            promise.addListener(written -> {
                queued.addAndGet(-bytes);
                done.run();
            });
            channel.write(frame, promise);
            PREPARED.increment();
        } catch (RuntimeException closed) {
            queued.addAndGet(-bytes);
            done.run();
        }
    }

    /** Sends what {@link #writeFrame} wrote. */
    void flush() {
        channel.flush();
    }

    /** Counts a message of {@code bytes} as waiting; false (and {@code done} run) when the socket is closed or too far behind. */
    private boolean reserve(int bytes, Runnable done) {
        if (closing.get() || socket.isClosed()) {
            done.run();
            return false;
        }
        long waiting = queued.addAndGet(bytes);
        if (waiting > bound) {
            queued.addAndGet(-bytes);
            closeSlow(waiting - bytes);
            done.run();
            return false;
        }
        return true;
    }

    /** Writes a message of {@code bytes} with {@code send} unless the socket is closed or too far behind; then {@code done}. */
    void write(int bytes, Supplier<Future<Void>> send, Runnable done) {
        if (!reserve(bytes, done)) {
            return;
        }
        try {
            send.get().onComplete(written -> {
                queued.addAndGet(-bytes);
                done.run();
            });
            PREPARED.increment();
        } catch (RuntimeException closed) { // closed in the meantime: nothing left to send to
            queued.addAndGet(-bytes);
            done.run();
        }
    }

    private void closeSlow(long waiting) {
        if (closing.compareAndSet(false, true)) {
            SLOW_CLOSED.increment();
            LOG.debugf("Closing WebSocket %s: %d bytes of subscription messages wait, the bound is %d",
                    socket.remoteAddress(), waiting, bound);
            socket.close(SLOW_CONSUMER, "slow consumer: more than " + bound + " bytes of messages waiting");
        }
    }

    private static Access access(Class<?> subscriberClass) {
        Access found = access;
        if (found == null || found.subscriberClass != subscriberClass) {
            found = Access.of(subscriberClass);
            access = found;
        }
        return found;
    }

    /** Where a session class keeps its socket. */
    private record SessionField(Class<?> sessionClass, Field field) {
    }

    /** SmallRye's private fields, resolved once; all null when they are not there. */
    private static final class Access {
        final Class<?> subscriberClass;
        final Field session;
        final Field operationId;
        final Field handler;
        final Field messageType;
        private volatile SessionField webSocket;

        private Access(Class<?> subscriberClass, Field session, Field operationId, Field handler, Field messageType) {
            this.subscriberClass = subscriberClass;
            this.session = session;
            this.operationId = operationId;
            this.handler = handler;
            this.messageType = messageType;
        }

        static Access of(Class<?> subscriberClass) {
            try {
                Field handler = accessible(subscriberClass.getDeclaredField("this$0"));
                Field messageType = null;
                for (Class<?> type = handler.getType(); type != null && messageType == null; type = type.getSuperclass()) {
                    if (type.getName().equals(HANDLER)) {
                        messageType = accessible(type.getDeclaredField("dataMessageTypeName"));
                    }
                }
                if (messageType == null) {
                    throw new NoSuchFieldException("dataMessageTypeName");
                }
                return new Access(subscriberClass, accessible(subscriberClass.getDeclaredField("session")),
                        accessible(subscriberClass.getDeclaredField("operationId")), handler, messageType);
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.warnf("SmallRye's WebSocket subscriber has changed (%s): each subscriber's messages are built by SmallRye", e);
                return new Access(subscriberClass, null, null, null, null);
            }
        }

        boolean none() {
            return session == null;
        }

        ServerWebSocket webSocket(Object session) throws IllegalAccessException {
            SessionField known = webSocket;
            if (known == null || known.sessionClass() != session.getClass()) {
                known = null;
                for (Field candidate : session.getClass().getDeclaredFields()) {
                    if (ServerWebSocket.class.isAssignableFrom(candidate.getType())) {
                        known = new SessionField(session.getClass(), accessible(candidate));
                    }
                }
                if (known == null) {
                    return null;
                }
                webSocket = known;
            }
            return (ServerWebSocket) known.field().get(session);
        }

        private static Field accessible(Field field) {
            field.setAccessible(true);
            return field;
        }
    }
}
