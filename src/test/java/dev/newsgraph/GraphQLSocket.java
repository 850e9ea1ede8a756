package dev.newsgraph;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.restassured.path.json.JsonPath;

/** A graphql-transport-ws client, as a browser's graphql-ws would speak it. */
public final class GraphQLSocket implements AutoCloseable {

    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final WebSocket socket;

    /** @param authorization the upgrade request's Authorization header, or null */
    public GraphQLSocket(URI endpoint, String authorization) throws Exception {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        socket = builder.buildAsync(URI.create(endpoint.toString().replaceFirst("^http", "ws")), new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    received.add(partial.toString());
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                received.add("{\"type\":\"closed\",\"code\":" + statusCode + "}");
                return null;
            }
        }).get(30, TimeUnit.SECONDS);
    }

    /** Sends connection_init, with {"Authorization": …} in its payload when given, and waits for the answer. */
    public JsonPath init(String payloadAuthorization) throws Exception {
        String payload = payloadAuthorization == null ? "{}" : "{\"Authorization\":\"" + payloadAuthorization + "\"}";
        socket.sendText("{\"type\":\"connection_init\",\"payload\":" + payload + "}", true).get(30, TimeUnit.SECONDS);
        return next();
    }

    public void subscribe(String id, String query) throws Exception {
        socket.sendText("{\"id\":\"" + id + "\",\"type\":\"subscribe\",\"payload\":{\"query\":\""
                + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}}", true).get(30, TimeUnit.SECONDS);
    }

    /** The next message other than ping and pong; a generous wait for a loaded machine, not a measurement. */
    public JsonPath next() throws InterruptedException {
        while (true) {
            String message = received.poll(60, TimeUnit.SECONDS);
            if (message == null) {
                throw new AssertionError("no message within 60 s");
            }
            JsonPath json = JsonPath.from(message);
            if ("ping".equals(json.getString("type"))) {
                socket.sendText("{\"type\":\"pong\"}", true);
                continue;
            }
            if (!"pong".equals(json.getString("type"))) {
                return json;
            }
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
}
