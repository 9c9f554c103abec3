package cn.rongjiang.disclosure.api.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import cn.rongjiang.disclosure.api.DisclosureApplication;
import cn.rongjiang.disclosure.api.DisclosureConfiguration;
import cn.rongjiang.disclosure.api.auth.ApiKeys;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jetty.ConnectorFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.jersey.validation.Validators;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.validation.ConstraintViolation;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 6 §6, the security review's checks (docs/security.md): auth on every route the
 * application actually registers, for every method including HEAD and OPTIONS; the defaults bind
 * loopback only and the admin port is not reachable from another address; error bodies and the
 * log carry neither stack traces nor item content; body and batch limits hold however the body is
 * sent, and a refused body never costs the client its next request; keys are held only as
 * SHA-256 hashes and compared in constant time. (AuthTest covers the basic 401s and the right key.)
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SecurityTest {
    static final DropwizardAppExtension<DisclosureConfiguration> APP = new DropwizardAppExtension<>(
            DisclosureApplication.class, ResourceHelpers.resourceFilePath("test-auth-config.yml"),
            ConfigOverride.config("rules", TestRules.folder().toString()),
            ConfigOverride.config("batchLimit", "3"));

    private static final String KEY = "test-key-alpha";
    private static final String TITLE = "张三家庭经济状况核对报告QZ9981";
    private static final String ITEM = "{\"title\": \"" + TITLE + "\", \"summary\": \"户主张三\", \"secretLevel\": \"SECRET\"}";

    /** (method, path) of every resource method Jersey serves, from the application's own registrations. */
    private static final List<String[]> ROUTES = new ArrayList<>();

    @BeforeAll
    static void enumerateRoutes() {
        Set<Class<?>> classes = new LinkedHashSet<>(APP.getEnvironment().jersey().getResourceConfig().getClasses());
        APP.getEnvironment().jersey().getResourceConfig().getInstances().forEach(i -> classes.add(i.getClass()));
        for (Class<?> c : classes) {
            if (Resource.isAcceptable(c) && c.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                collect(Resource.from(c), "", ROUTES);
            }
        }
        // a concrete rule for the console's rule page, so every route can be requested as it stands
        ROUTES.forEach(r -> r[1] = r[1].replace("{ruleId}", "W-SECRET"));
        // a path parameter ({decisionId}) takes the id of a real decision, so the right key gets a 200 there too
        Http.Answer made = new Http(APP.getLocalPort(), KEY).postJson("/v1/classify", ITEM);
        String decisionId = made.json().get("decisionId").asText();
        RecordScenarios.awaitKept(new Http(APP.getLocalPort(), KEY), decisionId);
        ROUTES.replaceAll(r -> new String[] {r[0], r[1].replaceAll("\\{[^/]+}", decisionId)});
    }

    /** The console's pages (docs/console.md): the only routes outside /v1, behind the same key. */
    private static final Set<String> CONSOLE_ROUTES = Set.of("GET /", "GET /rules/W-SECRET", "GET /try", "POST /try",
            "GET /status", "GET /rules.csv", "GET /console.css");

    private static void collect(Resource resource, String parent, List<String[]> into) {
        String path = join(parent, resource.getPath());
        for (ResourceMethod m : resource.getResourceMethods()) {
            into.add(new String[] {m.getHttpMethod(), path});
        }
        for (Resource child : resource.getChildResources()) {
            collect(child, path, into);
        }
    }

    private static String join(String parent, String path) {
        String p = path == null ? "" : path;
        String joined = (parent.endsWith("/") ? parent.substring(0, parent.length() - 1) : parent) + (p.startsWith("/") || p.isEmpty() ? p : "/" + p);
        return joined.isEmpty() ? "/" : joined;
    }

    // ---- authentication on every route --------------------------------------------------------

    @Test
    void theEnumerationFindsEveryDocumentedRoute() {
        List<String> routes = ROUTES.stream().map(r -> r[0] + " " + r[1]).toList();
        assertThat(routes).contains("POST /v1/classify", "POST /v1/classify/batch", "GET /v1/rules", "GET /v1/rules/status",
                "GET /v1/categories", "GET /v1/enums", "GET /v1/openapi.yaml");
        assertThat(routes).containsAll(CONSOLE_ROUTES);
        assertThat(routes).allSatisfy(r -> assertThat(r.contains(" /v1/") || CONSOLE_ROUTES.contains(r)).as(r).isTrue());
    }

    @Test
    void everyRouteAndMethodIs401WithoutTheRightKey() {
        Http http = new Http(APP.getLocalPort());
        List<String> checked = new ArrayList<>();
        for (String[] route : ROUTES) {
            Set<String> methods = new LinkedHashSet<>(List.of(route[0], "OPTIONS"));
            if (route[0].equals("GET")) {
                methods.add("HEAD");
            }
            for (String method : methods) {
                for (String authorization : new String[] {null, "Bearer wrong-key", "Bearer " + ApiKeys.hash(KEY), "bearer wrong",
                        "Bearer " + KEY + "x", "Bearer " + KEY.toUpperCase(), "Basic " + java.util.Base64.getEncoder().encodeToString((KEY + ":").getBytes()),
                        KEY, "Bearer", "Bearer  ", "Bearer " + KEY.substring(0, 5)}) {
                    HttpRequest.Builder r = http.request(route[1]).method(method, method.equals("POST")
                            ? HttpRequest.BodyPublishers.ofString(ITEM) : HttpRequest.BodyPublishers.noBody());
                    if (method.equals("POST")) {
                        r.header("Content-Type", "application/json");
                    }
                    if (authorization != null) {
                        r.header("Authorization", authorization);
                    }
                    Http.Answer a = http.send(r);
                    String what = method + " " + route[1] + " with " + authorization;
                    assertThat(a.status()).as(what).isEqualTo(401);
                    assertThat(a.headers().firstValue("WWW-Authenticate")).as(what).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
                    if (!method.equals("HEAD")) {
                        assertThat(a.json().get("status").asInt()).isEqualTo(401);
                        assertThat(a.body()).doesNotContain(TITLE).doesNotContain("disclosure").doesNotContain("W-SECRET");
                    }
                    checked.add(what);
                }
            }
        }
        assertThat(checked).hasSizeGreaterThan(ROUTES.size() * 11);
        // and the same routes do answer the right key (the enumeration hits real resources)
        Http keyed = new Http(APP.getLocalPort(), KEY);
        for (String[] route : ROUTES) {
            Http.Answer a = route[1].equals("/try") && route[0].equals("POST")
                    ? keyed.post("/try", "application/x-www-form-urlencoded", ("title=" + TITLE).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    : route[0].equals("POST") ? keyed.postJson(route[1], route[1].endsWith("batch") ? "{\"items\": [" + ITEM + "]}" : ITEM)
                    : keyed.get(route[1]);
            assertThat(a.status()).as(route[0] + " " + route[1] + " → " + a.body() + " " + a.headers().map()).isEqualTo(200);
        }
    }

    @Test
    void pathTricksNeverGetPastTheKey() {
        Http http = new Http(APP.getLocalPort());
        for (String path : List.of("/v1/rules/", "//v1/rules", "/v1//rules", "/V1/rules", "/v1/rules;x=1", "/v1/./rules",
                "/x/../v1/rules", "/v1/%72ules", "/v1/rules?apiKey=" + KEY, "/v1/rules?access_token=" + KEY, "/v1/rules%2F",
                "/v1/rules/status/", "/", "/v1", "/v1/", "/healthcheck", "/tasks/reload-rules", "/metrics", "/v1/rules/..;/status")) {
            Http.Answer a;
            try {
                a = http.get(path);
            } catch (IllegalArgumentException unsendable) {
                continue;
            }
            assertThat(a.status()).as(path + " → " + a.body()).isIn(400, 401, 404);
            assertThat(a.body()).as(path).doesNotContain("\"version\"").doesNotContain("\"rules\"").doesNotContain("healthy");
        }
        Http.Answer adminTask = http.post("/tasks/reload-rules", null, new byte[0]);
        assertThat(adminTask.status()).as("no admin task on the API port").isIn(401, 404);
    }

    // ---- where the service listens ------------------------------------------------------------

    @Test
    void theDefaultConfigurationBindsLoopbackOnlyAndKeepsAdminPrivate() {
        DisclosureConfiguration defaults = new DisclosureConfiguration();
        DefaultServerFactory server = (DefaultServerFactory) defaults.getServerFactory();
        assertThat(bindHosts(server.getApplicationConnectors())).containsExactly("127.0.0.1");
        assertThat(bindHosts(server.getAdminConnectors())).containsExactly("127.0.0.1");
        assertThat(defaults.isAllowPublicAdmin()).isFalse();
        assertThat(defaults.getApiKeyHashes()).isEmpty();
        assertThat(defaults.getMaxBodyBytes()).isEqualTo(1024 * 1024);
        assertThat(defaults.getBatchLimit()).isEqualTo(1000);
    }

    @Test
    void withTheDefaultsNeitherPortIsReachableFromAnotherAddress() throws Exception {
        InetAddress other = nonLoopbackAddress();
        assumeThat(other).as("this machine has a non-loopback IPv4 address").isNotNull();
        DisclosureConfiguration config = new DisclosureConfiguration();
        DefaultServerFactory server = (DefaultServerFactory) config.getServerFactory();
        ((HttpConnectorFactory) server.getApplicationConnectors().get(0)).setPort(0);   // bind host stays the default
        ((HttpConnectorFactory) server.getAdminConnectors().get(0)).setPort(0);
        config.setRules(TestRules.folder().toString());
        config.getReload().setEnabled(false);
        DropwizardTestSupport<DisclosureConfiguration> app = new DropwizardTestSupport<>(DisclosureApplication.class, config);
        app.before();
        try {
            assertThat(new Http(app.getAdminPort()).get("/healthcheck").status()).isEqualTo(200);
            for (int port : new int[] {app.getAdminPort(), app.getLocalPort()}) {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(other, port), 2000);
                    throw new AssertionError("port " + port + " answered on " + other);
                } catch (ConnectException | java.net.SocketTimeoutException refused) {
                    // what we want: nothing listens there
                }
            }
        } finally {
            app.after();
        }
    }

    // ---- error bodies and the log -------------------------------------------------------------

    @Test
    void errorBodiesAndTheLogCarryNoStackTraceAndNoItemContent() {
        Http keyed = new Http(APP.getLocalPort(), KEY);
        Http anonymous = new Http(APP.getLocalPort());
        try (LogCapture log = new LogCapture()) {
            List<Http.Answer> answers = List.of(
                    anonymous.postJson("/v1/classify", ITEM),                                                          // 401
                    keyed.postJson("/v1/classify", "{\"title\": \"" + TITLE + "\", \"secretLevel\": SECRET}"),         // 400
                    keyed.postJson("/v1/classify", "{\"title\": \"" + TITLE + "\"" + ", \"title\": \"x\"}"),            // 400
                    keyed.postJson("/v1/classify", "{\"title\": " + TITLE + "}"),                                      // 400
                    keyed.postJson("/v1/classify", "{\"title\": \"" + TITLE + "\", \"secretLevel\": \"HIGH\"}"),       // 422
                    keyed.postJson("/v1/classify", "{\"title\": \"" + TITLE + "\", \"summary\": 1}"),                  // 422
                    keyed.post("/v1/classify", "text/plain", ITEM.getBytes(StandardCharsets.UTF_8)),                    // 415
                    keyed.postJson("/v1/classify", "{\"title\": \"" + TITLE + "\", \"summary\": \"" + "x".repeat(1024 * 1024) + "\"}"), // 413
                    keyed.postJson("/v1/classify/batch", "{\"items\": [" + String.join(",", Collections.nCopies(4, ITEM)) + "]}"),   // 413
                    keyed.get("/v1/nothing?title=" + java.net.URLEncoder.encode(TITLE, StandardCharsets.UTF_8)));      // 404
            assertThat(answers.stream().map(Http.Answer::status).toList()).containsExactly(401, 400, 400, 400, 422, 422, 415, 413, 413, 404);
            for (Http.Answer a : answers) {
                assertThat(a.body()).as(a.status() + " " + a.body()).doesNotContain(TITLE).doesNotContain("张三")
                        .doesNotContain("Exception").doesNotContain("at cn.").doesNotContain("java.").doesNotContain("\tat ");
                assertThat(a.json().get("status").asInt()).isEqualTo(a.status());
            }
            Http.Answer ok = keyed.postJson("/v1/classify", ITEM);
            assertThat(ok.status()).isEqualTo(200);
            assertThat(log.text()).as("the log").doesNotContain(TITLE).doesNotContain("张三").doesNotContain(KEY);
        }
    }

    // ---- limits -------------------------------------------------------------------------------

    @Test
    void theBodyLimitHoldsWhenTheBodyIsChunkedAndTheBatchLimitHolds() {
        Http keyed = new Http(APP.getLocalPort(), KEY);
        byte[] big = ("{\"title\": \"a\", \"summary\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        Http.Answer chunked = keyed.send(keyed.request("/v1/classify").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(chunked.json().get("error").asText()).contains("1048576");

        Http.Answer batch = keyed.postJson("/v1/classify/batch", "{\"items\": [{\"title\": \"a\"}, {\"title\": \"b\"}, {\"title\": \"c\"}, {\"title\": \"d\"}]}");
        assertThat(batch.status()).isEqualTo(413);
        assertThat(keyed.postJson("/v1/classify/batch", "{\"items\": [{\"title\": \"a\"}, {\"title\": \"b\"}, {\"title\": \"c\"}]}").status()).isEqualTo(200);
    }

    /**
     * Regression: an error answered before the body was read (401, 404, 405, 413, 415) made Jetty
     * close the connection without {@code Connection: close}, so a keep-alive client's next, valid
     * request went into a dead connection and failed ("header parser received no bytes").
     */
    @Test
    void anErrorAnsweredBeforeTheBodyArrivedSaysConnectionClose() throws Exception {
        String[][] requests = {
                {"POST /v1/classify", "text/plain", null},
                {"POST /v1/classify", "application/json", "wrong"},
                {"POST /v1/nothing", "application/json", KEY},
                {"POST /v1/rules", "application/json", KEY},
                {"POST /v1/classify", "text/plain", KEY}};
        for (String[] r : requests) {
            try (Socket s = new Socket("127.0.0.1", APP.getLocalPort())) {
                s.setSoTimeout(10_000);
                OutputStream out = s.getOutputStream();
                byte[] body = ITEM.getBytes(StandardCharsets.UTF_8);
                // headers only: the answer comes before the body is sent
                out.write((r[0] + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + r[1] + "\r\nContent-Length: " + body.length + "\r\n"
                        + (r[2] == null ? "" : "Authorization: Bearer " + r[2] + "\r\n") + "\r\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                String head = readHead(s.getInputStream());
                assertThat(head).as(String.join(" ", r)).startsWith("HTTP/1.1 4").containsIgnoringCase("Connection: close");
            }
        }
        // and a keep-alive client alternating refused and valid requests loses none of the valid ones
        Http keyed = new Http(APP.getLocalPort(), KEY);
        for (int i = 0; i < 30; i++) {
            switch (i % 3) {
                case 0 -> keyed.post("/v1/classify", "text/plain", ITEM.getBytes(StandardCharsets.UTF_8));
                case 1 -> keyed.postJson("/v1/nothing", ITEM);
                default -> {
                    try {
                        keyed.postJson("/v1/classify", "{\"title\": \"a\", \"summary\": \"" + "x".repeat(1024 * 1024) + "\"}");
                    } catch (java.io.UncheckedIOException closedDuringUpload) {
                        // 413 came back and the server closed while this client was still sending the
                        // oversized body; what matters is the valid request below
                    }
                }
            }
            assertThat(keyed.postJson("/v1/classify", ITEM).status()).as("valid request after refusal %d", i).isEqualTo(200);
        }
    }

    // ---- keys -----------------------------------------------------------------------------------

    /**
     * Regression: Jetty's per-connection header cache matched {@code Authorization} values
     * case-insensitively, so on a keep-alive connection that had carried the key, the key in
     * another letter case was replaced by the cached one and accepted (and the right key, after
     * a wrong-case one, refused). Now the cache is case-sensitive (CaseSensitiveHeaderCache).
     */
    @Test
    void aKeyInAnotherLetterCaseIsRefusedEvenOnAConnectionThatCarriedTheKey() throws Exception {
        try (Socket s = new Socket("127.0.0.1", APP.getLocalPort())) {
            s.setSoTimeout(10_000);
            assertThat(get(s, "Bearer " + KEY)).startsWith("HTTP/1.1 200");
            assertThat(get(s, "Bearer " + KEY.toUpperCase())).startsWith("HTTP/1.1 401");
            assertThat(get(s, "Bearer Test-Key-Alpha")).startsWith("HTTP/1.1 401");
            assertThat(get(s, "Bearer " + KEY)).startsWith("HTTP/1.1 200");
            assertThat(get(s, "bearer " + KEY)).as("the scheme is case-insensitive (RFC 9110)").startsWith("HTTP/1.1 200");
        }
    }

    /** One GET /v1/categories on an open connection; answers the status line after reading the whole answer. */
    private static String get(Socket s, String authorization) throws Exception {
        s.getOutputStream().write(("GET /v1/categories HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + authorization + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        String head = readHead(s.getInputStream());
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: (\\d+)").matcher(head);
        assertThat(length.find()).as(head).isTrue();
        s.getInputStream().readNBytes(Integer.parseInt(length.group(1)));
        return head;
    }

    @Test
    void theConfigurationAcceptsOnlySha256HashesNeverAKey() {
        DisclosureConfiguration config = new DisclosureConfiguration();
        config.setApiKeyHashes(List.of(KEY, ApiKeys.hash(KEY), ApiKeys.hash(KEY).substring(1)));
        Set<ConstraintViolation<DisclosureConfiguration>> violations = Validators.newValidator().validate(config);
        assertThat(violations).hasSize(2).allSatisfy(v -> assertThat(v.getMessage()).contains("SHA-256"));
        assertThat(APP.getConfiguration().getApiKeyHashes()).allSatisfy(h -> assertThat(h).matches("[0-9a-f]{64}"))
                .doesNotContain(KEY);
    }

    @Test
    void apiKeysHoldOnlyDigestsAndCompareThemInConstantTime() throws Exception {
        ApiKeys keys = new ApiKeys(List.of(ApiKeys.hash(KEY), ApiKeys.hash("another")));
        for (Field f : ApiKeys.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            f.setAccessible(true);
            Object value = f.get(keys);
            assertThat(value).as(f.getName()).isInstanceOf(List.class);
            for (Object hash : (List<?>) value) {
                assertThat(hash).isInstanceOf(byte[].class);
                assertThat((byte[]) hash).hasSize(32).isNotEqualTo(KEY.getBytes(StandardCharsets.UTF_8));
            }
        }
        // a key differing only in its last character, or presented as its own hash, is refused
        assertThat(keys.accepts(KEY)).isTrue();
        assertThat(keys.accepts(KEY.substring(0, KEY.length() - 1) + "b")).isFalse();
        assertThat(keys.accepts(ApiKeys.hash(KEY))).isFalse();

        // reading the code: digests compared with MessageDigest.isEqual (constant time since Java 6u17),
        // over every configured hash with no early exit
        String source = Files.readString(sourceOf(ApiKeys.class));
        String accepts = source.substring(source.indexOf("public boolean accepts"), source.indexOf("public static String hash"));
        assertThat(accepts).contains("MessageDigest.isEqual").contains("match |=")
                .doesNotContain("Arrays.equals").doesNotContain(".equals(").doesNotContain("anyMatch").doesNotContain("break");
        assertThat(accepts.split("return ", -1)).as("returns: the null/empty guard and the final answer").hasSize(3);
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static List<String> bindHosts(List<ConnectorFactory> connectors) {
        return connectors.stream().map(c -> ((HttpConnectorFactory) c).getBindHost()).toList();
    }

    private static InetAddress nonLoopbackAddress() throws Exception {
        for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!n.isUp() || n.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(n.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                    return a;
                }
            }
        }
        return null;
    }

    private static String readHead(InputStream in) throws Exception {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            head.append((char) c);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        return head.toString();
    }

    private static Path sourceOf(Class<?> type) {
        String relative = "src/main/java/" + type.getName().replace('.', '/') + ".java";
        return Stream.of(Path.of(relative), Path.of("rules-api").resolve(relative)).filter(Files::exists).findFirst()
                .orElseThrow(() -> new AssertionError("no source for " + type + " under " + Path.of("").toAbsolutePath()));
    }
}
