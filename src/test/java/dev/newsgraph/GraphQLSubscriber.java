package dev.newsgraph;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.restassured.path.json.JsonPath;

/** A graphql-transport-ws client for tests: one subscription, its messages in a queue. */
public final class GraphQLSubscriber implements AutoCloseable {

    private final BlockingQueue<JsonPath> messages;
    private final WebSocket socket;

    private GraphQLSubscriber(WebSocket socket, BlockingQueue<JsonPath> messages) {
        this.socket = socket;
        this.messages = messages;
    }

    /** Connects to {@code http} (the endpoint's HTTP URL), waits for the ack, and subscribes. */
    public static GraphQLSubscriber subscribe(URI http, String query) throws Exception {
        return subscribe(http, query, "{}");
    }

    /** As {@link #subscribe(URI, String)}, with {@code variables} (a JSON object). */
    public static GraphQLSubscriber subscribe(URI http, String query, String variables) throws Exception {
        URI ws = URI.create(http.toString().replaceFirst("^http", "ws"));
        BlockingQueue<JsonPath> received = new LinkedBlockingQueue<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(ws, new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            JsonPath message = JsonPath.from(partial.toString());
                            partial.setLength(0);
                            if ("ping".equals(message.getString("type"))) {
                                webSocket.sendText("{\"type\":\"pong\"}", true); // keep-alive, not a message of ours
                            } else {
                                received.add(message);
                            }
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).get(20, TimeUnit.SECONDS);
        GraphQLSubscriber subscriber = new GraphQLSubscriber(socket, received);
        socket.sendText("{\"type\":\"connection_init\",\"payload\":{}}", true).get();
        JsonPath ack = received.poll(20, TimeUnit.SECONDS);
        if (ack == null || !"connection_ack".equals(ack.getString("type"))) {
            throw new IllegalStateException("no connection_ack");
        }
        String escaped = query.replace("\\", "\\\\").replace("\"", "\\\"");
        socket.sendText("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"" + escaped + "\",\"variables\":" + variables + "}}", true).get();
        return subscriber;
    }

    /** Subscribes once more on the same socket, as operation {@code id}; its messages join the same queue. */
    public void subscribeAlso(String id, String query) throws Exception {
        String escaped = query.replace("\\", "\\\\").replace("\"", "\\\"");
        socket.sendText("{\"id\":\"" + id + "\",\"type\":\"subscribe\",\"payload\":{\"query\":\"" + escaped
                + "\",\"variables\":{}}}", true).get();
    }

    private static List<JsonPath> drain(BlockingQueue<JsonPath> queue) {
        List<JsonPath> all = new ArrayList<>();
        queue.drainTo(all);
        return all;
    }

    /** The next message of the subscription (next, error or complete), or null if none came within 20 s. */
    public JsonPath next() throws InterruptedException {
        return messages.poll(20, TimeUnit.SECONDS);
    }

    /** The payloads of the next {@code count} `next` messages; fails on anything else or a timeout. */
    public List<JsonPath> nextPayloads(int count) throws InterruptedException {
        List<JsonPath> payloads = new ArrayList<>();
        while (payloads.size() < count) {
            JsonPath message = next();
            if (message == null) {
                throw new AssertionError("only " + payloads.size() + " of " + count + " messages arrived");
            }
            if (!"next".equals(message.getString("type"))) {
                throw new AssertionError("expected a next message, got " + message.prettify());
            }
            payloads.add(message.setRootPath("payload"));
        }
        return payloads;
    }

    /** Whatever arrived so far without waiting. */
    public List<JsonPath> arrived() {
        return drain(messages);
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
}
