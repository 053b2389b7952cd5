package vn.coop.sangtao.membership.exchange;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Uploads sheets as a browser form does and downloads exports as bytes, over real HTTP. */
final class ExchangeClient {

    record Answer(int status, byte[] body, HttpResponse<byte[]> raw) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse("");
        }
    }

    static final String UNIT_IMPORT = "/api/membership/units/import";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    ExchangeClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A multipart/form-data POST with one part, {@code file}. Extra headers come in name, value pairs. */
    Answer upload(String path, String bearer, String fileName, String contentType, byte[] content,
                  String... headers) {
        String boundary = "sangtao-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return send(request, bearer, headers);
    }

    /**
     * Imports units as a client does: uploads the sheet and, when the import is accepted (202), follows
     * the job at its Location until it is no longer running. Answers the job's report as a 200, or
     * the refusal as it came.
     */
    Answer importUnits(String bearer, String fileName, String contentType, byte[] content, String... headers) {
        Answer accepted = upload(UNIT_IMPORT, bearer, fileName, contentType, content, headers);
        if (accepted.status() != 202) {
            return accepted;
        }
        assertThat(accepted.json().get("status").asString()).isIn("RUNNING", "DONE");
        String job = accepted.header("Location");
        assertThat(job).startsWith("/api/membership/units/imports/");
        Answer[] last = new Answer[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            last[0] = get(job, bearer, headers);
            return last[0].status() != 200 || !last[0].json().get("status").asString().equals("RUNNING");
        });
        assertThat(last[0].status()).as(last[0].text()).isEqualTo(200);
        assertThat(last[0].json().get("status").asString()).as(last[0].text()).isEqualTo("DONE");
        return new Answer(200, JSON.writeValueAsBytes(last[0].json().get("report")), last[0].raw());
    }

    Answer get(String path, String bearer, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), bearer, headers);
    }

    private Answer send(HttpRequest.Builder request, String bearer, String... headers) {
        request.header("Authorization", bearer);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
