package vn.coop.sangtao.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server standing in for a backend service and for identity's JWK set endpoint. It
 * records every request so tests can assert what the gateway forwarded.
 */
public final class TestBackend implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private volatile String jwks = "{\"keys\":[]}";
    private volatile CountDownLatch gate = new CountDownLatch(0);

    private TestBackend(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/oauth2/jwks", exchange -> respond(exchange, jwks));
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static TestBackend start() {
        return new TestBackend(0);
    }

    public static TestBackend startOn(int port) {
        return new TestBackend(port);
    }

    /** A port nothing listens on (yet), to play a backend that is down. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void serveJwks(String json) {
        this.jwks = json;
    }

    /** Answers to later requests wait until {@link #releaseResponses()}: a backend that hangs. */
    public void holdResponses() {
        gate = new CountDownLatch(1);
    }

    public void releaseResponses() {
        gate.countDown();
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public RecordedRequest lastRequestTo(String path) {
        return requests.stream()
                .filter(request -> request.path().equals(path))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("backend received no request to " + path));
    }

    public long requestsTo(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        requests.add(new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders()));
        try {
            gate.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        respond(exchange, "{\"backend\":\"ok\",\"path\":\"" + exchange.getRequestURI().getRawPath() + "\"}");
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        gate.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
