package vn.coop.sangtao.integrations.delivery;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** A webhook receiver for tests: records each request and answers the statuses it is told to. */
class RecordingReceiver implements AutoCloseable {

    record Received(Map<String, List<String>> headers, String body, long receivedNanos) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst().map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Integer> scripted = new ConcurrentLinkedQueue<>();
    private final AtomicInteger otherwise = new AtomicInteger(204);

    RecordingReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/webhook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body, System.nanoTime()));
            Integer next = scripted.poll();
            int status = next != null ? next : otherwise.get();
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** Answers these statuses to the next requests, in order, then the default again. */
    void answerNext(Integer... statuses) {
        scripted.addAll(List.of(statuses));
    }

    void answerAlways(int status) {
        otherwise.set(status);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhook";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
