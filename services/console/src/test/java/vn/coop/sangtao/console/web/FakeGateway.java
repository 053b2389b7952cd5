package vn.coop.sangtao.console.web;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the gateway: answers each "METHOD /path" with the status and JSON it was given, and
 * records the requests so a test can see what the console sent (token, language, body).
 */
final class FakeGateway implements AutoCloseable {

    record Answer(int status, String json) {
    }

    record Received(String method, String path, String query, String authorization, String language, String body) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    FakeGateway() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getQuery(), exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Accept-Language"), body));
            Answer answer = answers.getOrDefault(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath(),
                    new Answer(404, "{\"title\":\"Không tìm thấy\",\"code\":\"not-found\"}"));
            byte[] bytes = answer.json().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type",
                    answer.status() >= 400 ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void answer(String methodAndPath, int status, String json) {
        answers.put(methodAndPath, new Answer(status, json));
    }

    Received last(String method, String path) {
        return received.stream().filter(r -> r.method().equals(method) && r.path().equals(path))
                .reduce((first, second) -> second).orElseThrow();
    }

    void reset() {
        answers.clear();
        received.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
