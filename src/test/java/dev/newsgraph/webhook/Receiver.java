package dev.newsgraph.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import com.sun.net.httpserver.HttpServer;

/** Test-only: a local webhook receiver that keeps what it is sent and answers with the status it is told. */
final class Receiver implements AutoCloseable {

    /** One POST as it arrived, and the status it was answered with. */
    record Received(String body, String signature, int status) {

        boolean accepted() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

    Receiver(IntSupplier status) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            int answer = status.getAsInt();
            try (InputStream in = exchange.getRequestBody()) {
                received.add(new Received(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        exchange.getRequestHeaders().getFirst(WebhookPayload.SIGNATURE_HEADER), answer));
            }
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next POST, or an AssertionError if none comes within 30 s. */
    Received next() throws InterruptedException {
        Received next = received.poll(30, TimeUnit.SECONDS);
        if (next == null) {
            throw new AssertionError("no delivery arrived");
        }
        return next;
    }

    /** The next POST if one has arrived already, else null. */
    Received poll() {
        return received.poll();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
