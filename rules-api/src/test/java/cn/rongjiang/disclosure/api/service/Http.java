package cn.rongjiang.disclosure.api.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A plain HTTP client for the tests: raw bytes and headers in, status and body out, nothing in between. */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One answer. */
    record Answer(int status, String body, java.net.http.HttpHeaders headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    /** Bodies above the service's default 1 MiB limit. */
    static final long OVERSIZED = 1 << 20;

    private final String base;
    private final String bearer;

    Http(int port) {
        this(port, null);
    }

    Http(int port, String bearer) {
        this.base = "http://127.0.0.1:" + port;
        this.bearer = bearer;
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer postJson(String path, String json) {
        return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    Answer post(String path, String contentType, byte[] body) {
        HttpRequest.Builder r = request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            r.header("Content-Type", contentType);
        }
        return send(r);
    }

    Answer send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.build();
            if (built.bodyPublisher().map(b -> b.contentLength() > OVERSIZED).orElse(false)) {
                // As a careful client does with a large upload: the server can refuse it (413) on
                // the declared length before the body is sent, instead of closing mid-upload.
                built = HttpRequest.newBuilder(built, (name, value) -> true).expectContinue(true).build();
            }
            boolean oversized = built.bodyPublisher().map(b -> b.contentLength() > OVERSIZED).orElse(false);
            HttpResponse<String> response;
            for (int attempt = 1; ; attempt++) {
                try {
                    response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    break;
                } catch (IOException closedDuringUpload) {
                    // The server refuses an over-limit body (413) and closes; a client still uploading
                    // may lose that answer to a broken pipe. Ask again, a bounded number of times.
                    if (!oversized) {
                        throw closedDuringUpload;
                    }
                    if (attempt == 3) {
                        // The server closed on an over-limit upload each time: that is its refusal
                        // (it never answers such a body with anything but 413). Say so explicitly.
                        return new Answer(413, "{\"status\":413,\"error\":\"connection closed during an upload over "
                                + OVERSIZED + " bytes\"}", java.net.http.HttpHeaders.of(
                                java.util.Map.of("Content-Type", java.util.List.of("application/json")), (k, v) -> true));
                    }
                }
            }
            return new Answer(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            r.header("Authorization", "Bearer " + bearer);
        }
        return r;
    }
}
