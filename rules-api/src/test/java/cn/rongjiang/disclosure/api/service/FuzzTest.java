package cn.rongjiang.disclosure.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.rongjiang.disclosure.api.DisclosureApplication;
import cn.rongjiang.disclosure.api.DisclosureConfiguration;
import cn.rongjiang.disclosure.core.DisclosureEngine;
import cn.rongjiang.disclosure.core.json.ContractJson;
import cn.rongjiang.disclosure.core.json.ItemJson;
import cn.rongjiang.disclosure.core.model.Disclosure;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 6 §2: seeded, bounded fuzzing of the HTTP input. Every answer must be a 4xx JSON error,
 * or, when the mutated input happens to be valid, a 200 whose decision is exactly the library's
 * decision for the same item (so nothing is decided less restrictively than the rules). Never a
 * 5xx, a stack trace, or the item's title in an error body; never the title or summary in the
 * log. Afterwards the service is healthy and still decides a known item as before.
 *
 * <p>Reproducible: the seed is fixed ({@code -Dfuzz.seed=} changes it); each kind's case count is
 * in its container's display name, and a summary is printed once.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FuzzTest {
    static final DropwizardAppExtension<DisclosureConfiguration> APP = new DropwizardAppExtension<>(
            DisclosureApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
            ConfigOverride.config("rules", TestRules.folder().toString()),
            ConfigOverride.config("batchLimit", "1000"));

    private static final long SEED = Long.getLong("fuzz.seed", 0x6D7A_2022_0915L);
    private static final int LIMIT = 1024 * 1024;
    private static final String ITEM = "/v1/classify";
    private static final String BATCH = "/v1/classify/batch";
    private static final String JSON = "application/json";

    /** Markers that may appear in a decision (explanations quote the title) but never in an error body or the log. */
    private static final String TITLE = "二〇二二年张某某家庭低保审批名单QX7731";
    private static final String SUMMARY = "户主李某某身份证号码五二二六三一QK5520";
    /**
     * Text sent in the wrong field. A 422 names the field and may quote at most 40 characters of
     * the value it could not take (contract; rules-core's ItemJson): never more.
     */
    private static final String MISPLACED = "误填到其他字段的正文：" + "甲乙丙丁戊己庚辛壬癸".repeat(10);

    /** A valid, fully populated item; every mutation starts from it. Its decision is known. */
    private static final String SAMPLE = """
            {"id": "FZ-1", "title": "%s", "summary": "%s", "category": "ASSISTANCE_LIST",
             "serviceArea": "SOCIAL_ASSISTANCE", "listStage": "APPROVED", "assistanceType": "DIBAO",
             "majorDecision": false, "owningOffice": "社会救助股", "workTask": "T3", "formedOn": "2022-09-05",
             "secretLevel": "NONE", "confidentialityReview": "PASSED", "personalInfo": true,
             "personalInfoFields": ["NAME", "ID_NUMBER"], "separable": true, "thirdPartyConsent": "NOT_ASKED"}"""
            .formatted(TITLE, SUMMARY);

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<Kind, Integer> COUNTS = new EnumMap<>(Kind.class);
    private static final Map<Integer, Integer> STATUSES = new java.util.TreeMap<>();
    private static DisclosureEngine oracle;
    private static LogCapture log;
    private static Http http;

    enum Kind {
        RANDOM_BYTES("random bytes"),
        TRUNCATED("truncated at every byte of a valid item"),
        DEEP_NESTING("nesting 10 000 deep"),
        HUGE_STRINGS("huge strings near and over the 1 MiB limit"),
        HUGE_ARRAYS("huge arrays"),
        INVALID_UTF8("invalid UTF-8 and odd Unicode"),
        DUPLICATE_KEYS("duplicate keys"),
        WRONG_TYPES("number, boolean, object, array for every field"),
        NULLS("null for every field"),
        MUTATED_NAMES("mutated field names"),
        CONTENT_TYPES("wrong content types"),
        RANDOM_MUTATIONS("random byte mutations of a valid item");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** One fuzz case: what is sent, and how. */
    record Case(String name, String path, String contentType, byte[] body, boolean chunked) {
    }

    @BeforeAll
    static void setUp() throws Exception {
        oracle = DisclosureEngine.load(TestRules.folder());
        http = new Http(APP.getLocalPort());
        log = new LogCapture();
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100_000).build());
    }

    @AfterAll
    static void summary() {
        log.close();
        int total = COUNTS.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("FuzzTest (seed " + Long.toHexString(SEED) + "): " + total + " cases; "
                + COUNTS.entrySet().stream().map(e -> e.getKey().label + " " + e.getValue()).collect(Collectors.joining(", "))
                + "; statuses " + STATUSES);
    }

    @Order(1)
    @TestFactory
    Stream<DynamicNode> fuzz() {
        Random random = new Random(SEED);
        Map<Kind, List<Case>> cases = new LinkedHashMap<>();
        cases.put(Kind.RANDOM_BYTES, randomBytes(random));
        cases.put(Kind.TRUNCATED, truncated());
        cases.put(Kind.DEEP_NESTING, deepNesting());
        cases.put(Kind.HUGE_STRINGS, hugeStrings());
        cases.put(Kind.HUGE_ARRAYS, hugeArrays());
        cases.put(Kind.INVALID_UTF8, invalidUtf8(random));
        cases.put(Kind.DUPLICATE_KEYS, duplicateKeys());
        cases.put(Kind.WRONG_TYPES, wrongTypes(random));
        cases.put(Kind.NULLS, nulls());
        cases.put(Kind.MUTATED_NAMES, mutatedNames(random));
        cases.put(Kind.CONTENT_TYPES, contentTypes());
        cases.put(Kind.RANDOM_MUTATIONS, randomMutations(random));
        return cases.entrySet().stream().map(e -> {
            COUNTS.put(e.getKey(), e.getValue().size());
            return DynamicContainer.dynamicContainer(e.getKey().label + " (" + e.getValue().size() + " cases)",
                    e.getValue().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c))));
        });
    }

    @Order(2)
    @Test
    void afterwardsTheServiceIsHealthyAndDecidesAsBefore() {
        Http.Answer health = new Http(APP.getAdminPort()).get("/healthcheck");
        assertThat(health.status()).as(health.body()).isEqualTo(200);

        Http.Answer answer = http.postJson(ITEM, SAMPLE);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("disclosure").asText()).isEqualTo("PROACTIVE");
        assertThat(http.postJson(ITEM, "{\"title\": \"关于某专项工作的请示\", \"secretLevel\": \"SECRET\"}").json()
                .get("disclosure").asText()).isEqualTo("WITHHELD");

        String logged = log.text();
        assertThat(logged).as("the log never carries item content").doesNotContain(TITLE).doesNotContain(SUMMARY)
                .doesNotContain("QX7731").doesNotContain("QK5520");
    }

    // ---- the check applied to every answer ------------------------------------------------------

    private static void check(Case c) throws IOException {
        Http.Answer answer = send(c);
        synchronized (STATUSES) {
            STATUSES.merge(answer.status(), 1, Integer::sum);
        }
        assertThat(answer.status()).as("%s → %s", c.name(), abbreviate(answer.body())).isLessThan(500);
        assertThat(answer.headers().firstValue("Content-Type")).as(c.name())
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = answer.json();
        if (answer.status() == 200) {
            assertSameAsTheLibrary(c, body);
            return;
        }
        assertThat(answer.status()).as("%s → %s", c.name(), abbreviate(answer.body())).isBetween(400, 499);
        assertThat(body.get("status").asInt()).isEqualTo(answer.status());
        assertThat(body.get("error").asText()).isNotBlank();
        assertThat(body.has("disclosure") || body.has("decisions")).isFalse();
        if (answer.status() == 422) {
            assertThat(body.get("errors").isArray() && body.get("errors").size() > 0).as(answer.body()).isTrue();
        }
        assertThat(answer.body()).as("%s: no stack trace, no item content", c.name())
                .doesNotContain("at cn.").doesNotContain("Exception").doesNotContain("java.").doesNotContain("\tat ")
                .doesNotContain(TITLE).doesNotContain(SUMMARY).doesNotContain("QX7731").doesNotContain("QK5520")
                .doesNotContain(MISPLACED.substring(0, 41));
    }

    /** A 200 is only right when the body was a valid item (or batch) and the decision is the library's own. */
    private static void assertSameAsTheLibrary(Case c, JsonNode answer) throws IOException {
        JsonNode sent = MAPPER.readTree(c.body());
        List<JsonNode> items = new ArrayList<>();
        List<JsonNode> decisions = new ArrayList<>();
        if (c.path().equals(BATCH)) {
            sent.get("items").forEach(items::add);
            answer.get("decisions").forEach(decisions::add);
        } else {
            items.add(sent);
            decisions.add(answer);
        }
        assertThat(decisions).as(c.name()).hasSameSizeAs(items);
        for (int i = 0; i < items.size(); i++) {
            ItemJson.Parsed parsed = ItemJson.read(items.get(i));
            assertThat(parsed.ok()).as("%s: a 200 for an item the library refuses: %s", c.name(), parsed.errors()).isTrue();
            JsonNode expected = ContractJson.mapper().valueToTree(oracle.classify(parsed.item(), parsed.givenFields()));
            JsonNode actual = decisions.get(i);
            assertThat(Disclosure.valueOf(actual.get("disclosure").asText())).isNotNull();
            assertThat(comparable(actual)).as(c.name()).isEqualTo(comparable(expected));
        }
    }

    /** A decision without what differs from call to call: its id and the rule set's load time. */
    private static JsonNode comparable(JsonNode decision) {
        ObjectNode copy = decision.deepCopy();
        copy.remove("decisionId");
        ((ObjectNode) copy.get("rules")).remove("loadedAt");
        return copy;
    }

    /**
     * Sends the case on the shared keep-alive client: a connection the server closes after an
     * answer without saying so would fail the next case (it did, after a 413: fixed).
     */
    private static Http.Answer send(Case c) {
        HttpRequest.Builder request = http.request(c.path());
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        request.POST(c.chunked()
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(c.body()))
                : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        boolean oversized = c.body().length > OVERSIZED;
        if (oversized) {
            // Let the server refuse on the declared length before the body is sent.
            request.expectContinue(true);
        }
        try {
            return http.send(request);
        } catch (UncheckedIOException e) {
            if (!oversized) {
                throw e;
            }
            // The server answered 413 and closed while the client was still uploading: the client
            // then sees a broken pipe instead of the answer. No 5xx was sent; the cases after this
            // one show the service is still answering.
            return new Http.Answer(413, "{\"status\":413,\"error\":\"closed during upload\"}",
                    java.net.http.HttpHeaders.of(java.util.Map.of("Content-Type", List.of("application/json")), (k, v) -> true));
        }
    }

    /** Bodies above the service's 1 MiB limit. */
    private static final int OVERSIZED = 1 << 20;

    // ---- the generators -------------------------------------------------------------------------

    private static List<Case> randomBytes(Random random) {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            byte[] bytes = new byte[random.nextInt(i < 50 ? 200 : 5000)];
            random.nextBytes(bytes);
            if (i % 3 == 0 && bytes.length > 0) {
                bytes[0] = '{';
            }
            cases.add(item("random bytes #" + i + " (" + bytes.length + " bytes" + (i % 3 == 0 ? ", starting with {" : "") + ")", bytes));
            if (i % 10 == 0) {
                cases.add(batch("random bytes #" + i + " to the batch", bytes));
            }
        }
        return cases;
    }

    private static List<Case> truncated() {
        byte[] sample = utf8(SAMPLE);
        List<Case> cases = new ArrayList<>();
        for (int cut = 0; cut < sample.length; cut++) {
            cases.add(item("cut at byte " + cut + " of " + sample.length, Arrays.copyOf(sample, cut)));
        }
        byte[] batch = utf8("{\"items\": [" + SAMPLE + ", " + SAMPLE + "]}");
        for (int cut = 0; cut < batch.length; cut += 23) {
            cases.add(batch("batch cut at byte " + cut + " of " + batch.length, Arrays.copyOf(batch, cut)));
        }
        return cases;
    }

    private static List<Case> deepNesting() {
        int depth = 10_000;
        String arrays = "[".repeat(depth) + "]".repeat(depth);
        String objects = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        return List.of(
                item("a bare array " + depth + " deep", utf8(arrays)),
                item("a bare object " + depth + " deep", utf8(objects)),
                item("title: an array " + depth + " deep", utf8("{\"title\": " + arrays + "}")),
                item("summary: an object " + depth + " deep", utf8("{\"title\": \"" + TITLE + "\", \"summary\": " + objects + "}")),
                item("personalInfoFields: an array " + depth + " deep", utf8(SAMPLE.replace("[\"NAME\", \"ID_NUMBER\"]", arrays))),
                item("unclosed arrays " + depth + " deep", utf8("{\"title\": " + "[".repeat(depth))),
                item("alternating [{ " + depth + " deep", utf8("{\"title\": " + "[{\"a\":".repeat(depth / 2) + "1" + "}]".repeat(depth / 2) + "}")),
                batch("batch: items " + depth + " deep", utf8("{\"items\": " + arrays + "}")),
                batch("batch: one item " + depth + " deep", utf8("{\"items\": [" + objects + "]}")));
    }

    private static List<Case> hugeStrings() {
        List<Case> cases = new ArrayList<>();
        for (String field : List.of("title", "summary", "id", "owningOffice", "category", "formedOn")) {
            for (int size : new int[] {LIMIT - 200, LIMIT + 10, 2 * LIMIT}) {
                String body = "{\"title\": \"" + TITLE + "\", \"" + field + "\": \"" + "x".repeat(size) + "\"}";
                if (field.equals("title")) {
                    body = "{\"title\": \"" + "字".repeat(size / 3) + "\"}";
                }
                cases.add(item(field + ": a string of ~" + size + " bytes (" + (utf8(body).length > LIMIT ? "over" : "under") + " the limit)", utf8(body)));
            }
        }
        // a summary just over its own limit of 20000 characters, and one exactly at it
        cases.add(item("summary: 20 000 characters (at its limit)", utf8(SAMPLE.replace(SUMMARY, "摘".repeat(20_000)))));
        cases.add(item("summary: 20 001 characters", utf8(SAMPLE.replace(SUMMARY, "摘".repeat(20_001)))));
        cases.add(item("title: 500 astral characters (1000 UTF-16 units, at its limit)", utf8("{\"title\": \"" + "𠀀".repeat(500) + "\"}")));
        cases.add(item("title: 501 astral characters", utf8("{\"title\": \"" + "𠀀".repeat(501) + "\"}")));
        // the body limit exactly: padding with white space keeps it valid
        byte[] sample = utf8(SAMPLE);
        cases.add(item("a valid item padded to exactly the limit", pad(sample, LIMIT)));
        cases.add(item("a valid item padded to one byte over the limit", pad(sample, LIMIT + 1)));
        cases.add(chunked(ITEM, "a valid item padded over the limit, sent chunked (no Content-Length)", pad(sample, LIMIT + 1)));
        cases.add(chunked(ITEM, "4 MiB sent chunked", pad(sample, 4 * LIMIT)));
        cases.add(item("a title of 1 MiB of \\u escapes", utf8("{\"title\": \"" + "\\u5b57".repeat(LIMIT / 6 - 4) + "\"}")));
        cases.add(item("a key of ~1 MiB", utf8("{\"" + "k".repeat(LIMIT - 100) + "\": 1, \"title\": \"" + TITLE + "\"}")));
        cases.add(item("a number of 100 000 digits", utf8("{\"title\": \"" + TITLE + "\", \"majorDecision\": " + "9".repeat(100_000) + "}")));
        cases.add(item("a number of 900 digits", utf8("{\"title\": \"" + TITLE + "\", \"majorDecision\": " + "9".repeat(900) + "}")));
        return cases;
    }

    private static List<Case> hugeArrays() {
        List<Case> cases = new ArrayList<>();
        String hundredK = Stream.generate(() -> "\"NAME\"").limit(100_000).collect(Collectors.joining(","));
        cases.add(item("personalInfoFields: 100 000 entries", utf8(SAMPLE.replace("[\"NAME\", \"ID_NUMBER\"]", "[" + hundredK + "]"))));
        cases.add(item("personalInfoFields: 44 entries (at its limit)", utf8(SAMPLE.replace("[\"NAME\", \"ID_NUMBER\"]",
                "[" + Stream.generate(() -> "\"NAME\"").limit(44).collect(Collectors.joining(",")) + "]"))));
        cases.add(item("personalInfoFields: 45 entries", utf8(SAMPLE.replace("[\"NAME\", \"ID_NUMBER\"]",
                "[" + Stream.generate(() -> "\"NAME\"").limit(45).collect(Collectors.joining(",")) + "]"))));
        cases.add(item("personalInfoFields: 100 000 numbers", utf8(SAMPLE.replace("[\"NAME\", \"ID_NUMBER\"]",
                "[" + Stream.generate(() -> "1").limit(100_000).collect(Collectors.joining(",")) + "]"))));
        cases.add(item("summary: an array of 200 000 numbers", utf8("{\"title\": \"" + TITLE + "\", \"summary\": ["
                + Stream.generate(() -> "0").limit(200_000).collect(Collectors.joining(",")) + "]}")));
        cases.add(item("an object with 50 000 unknown keys", utf8("{\"title\": \"" + TITLE + "\", "
                + Stream.iterate(0, i -> i + 1).limit(50_000).map(i -> "\"k" + i + "\":0").collect(Collectors.joining(",")) + "}")));
        cases.add(batch("batch: 100 000 empty items", utf8("{\"items\": [" + Stream.generate(() -> "{}").limit(100_000).collect(Collectors.joining(",")) + "]}")));
        cases.add(batch("batch: 1001 items (one over the limit)", utf8("{\"items\": [" + Stream.generate(() -> "{\"title\": \"t\"}").limit(1001).collect(Collectors.joining(",")) + "]}")));
        cases.add(batch("batch: 1000 valid items (at the limit, ~0.5 MiB)", utf8("{\"items\": [" + Stream.generate(() -> SAMPLE).limit(1000).collect(Collectors.joining(",")) + "]}")));
        cases.add(batch("batch: 1000 items, the last one invalid", utf8("{\"items\": [" + Stream.generate(() -> SAMPLE).limit(999).collect(Collectors.joining(","))
                + ", {\"title\": \"" + TITLE + "\", \"secretLevel\": \"HIGH\"}]}")));
        cases.add(batch("batch: 200 000 nulls", utf8("{\"items\": [" + Stream.generate(() -> "null").limit(200_000).collect(Collectors.joining(",")) + "]}")));
        return cases;
    }

    private static List<Case> invalidUtf8(Random random) {
        byte[][] bad = {
                {(byte) 0x80}, {(byte) 0xBF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC1, (byte) 0xBF}, {(byte) 0xC3, (byte) 0x28},
                {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xED, (byte) 0xBF, (byte) 0xBF},
                {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xFE}, {(byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE},
                {(byte) 0xE4, (byte) 0xBD}, {(byte) 0xC2}};
        List<Case> cases = new ArrayList<>();
        byte[] sample = utf8(SAMPLE);
        int titleAt = indexOf(sample, utf8(TITLE));
        for (byte[] seq : bad) {
            cases.add(item("bytes " + HexFormat.ofDelimiter(" ").formatHex(seq) + " inside the title", splice(sample, titleAt + 3, seq)));
            cases.add(item("bytes " + HexFormat.ofDelimiter(" ").formatHex(seq) + " at a random place",
                    splice(sample, random.nextInt(sample.length), seq)));
        }
        cases.add(item("a UTF-8 byte-order mark before the body", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, sample)));
        cases.add(item("UTF-16LE with a byte-order mark", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SAMPLE.getBytes(StandardCharsets.UTF_16LE))));
        cases.add(item("UTF-16BE", SAMPLE.getBytes(StandardCharsets.UTF_16BE)));
        cases.add(item("GB18030", SAMPLE.getBytes(java.nio.charset.Charset.forName("GB18030"))));
        cases.add(item("Latin-1 é in the title", concat(utf8("{\"title\": \"caf"), new byte[] {(byte) 0xE9, '"', '}'})));
        // valid JSON, odd Unicode: lone surrogates as escapes, controls, bidi overrides, NUL, non-characters
        for (String odd : List.of("\\uD800", "\\uDC00", "\\uDBFF\\uDBFF", "a\\uD83D", "\\uDE00b", "\\u0000", "\\u0000\\u0001\\u001f",
                "\\u202Eevil\\u202C", "\\uFEFF", "\\uFFFF\\uFFFE", "\\u200B", "\\u2028\\u2029", "\\\\u0041", "\\ud83d\\ude00")) {
            cases.add(item("title " + odd, utf8(SAMPLE.replace(TITLE, odd + TITLE))));
            cases.add(item("summary " + odd, utf8(SAMPLE.replace(SUMMARY, odd))));
            cases.add(item("id " + odd, utf8(SAMPLE.replace("FZ-1", odd))));
        }
        cases.add(batch("batch: lone surrogate in item 2's title", utf8("{\"items\": [" + SAMPLE + ", " + SAMPLE.replace(TITLE, "\\uD800" + TITLE) + "]}")));
        cases.add(item("a lone surrogate in an unknown key", utf8("{\"title\": \"" + TITLE + "\", \"x\\uD800\": 1}")));
        cases.add(item("a lone surrogate in an enum value", utf8(SAMPLE.replace("\"DIBAO\"", "\"DIBAO\\uD800\""))));
        cases.add(item("a raw control character in a string", utf8(SAMPLE.replace(TITLE, TITLE + "\u0001"))));
        cases.add(item("a raw newline in a string", utf8(SAMPLE.replace(TITLE, TITLE + "\n"))));
        return cases;
    }

    private static List<Case> duplicateKeys() {
        List<Case> cases = new ArrayList<>();
        for (String field : ItemJson.fieldNames()) {
            String value = field.equals("title") ? "\"" + TITLE + "\"" : valueFor(field);
            cases.add(item("duplicate " + field, utf8(SAMPLE.substring(0, SAMPLE.length() - 1) + ", \"" + field + "\": " + value
                    + ", \"" + field + "\": " + value + "}")));
        }
        cases.add(item("duplicate secretLevel, the second one weaker", utf8("{\"title\": \"" + TITLE + "\", \"secretLevel\": \"SECRET\", \"secretLevel\": \"NONE\"}")));
        cases.add(item("duplicate key in a nested object", utf8("{\"title\": \"" + TITLE + "\", \"x\": {\"a\": 1, \"a\": 2}}")));
        cases.add(batch("batch: duplicate items", utf8("{\"items\": [" + SAMPLE + "], \"items\": [" + SAMPLE + "]}")));
        cases.add(batch("batch: duplicate key inside item 2", utf8("{\"items\": [" + SAMPLE + ", {\"title\": \"a\", \"title\": \"" + TITLE + "\"}]}")));
        return cases;
    }

    private static List<Case> wrongTypes(Random random) {
        List<String> values = List.of("0", "1", "-1", "3.14", "1e400", "-0", "true", "false", "{}", "{\"value\": \"SECRET\"}",
                "[]", "[\"SECRET\"]", "\"\"", "\"true\"", "\"SECRET\"", "\"NAME\"", "\"2022-09-05\"", "\"" + MISPLACED + "\"");
        List<Case> cases = new ArrayList<>();
        for (String field : ItemJson.fieldNames()) {
            for (String value : List.of("42", "true", "{\"a\": 1}", "[1, 2]")) {
                cases.add(item(field + " = " + value, with(field, value)));
            }
            String picked = values.get(random.nextInt(values.size()));
            cases.add(item(field + " = " + picked.replace(MISPLACED, "<misplaced text>"), with(field, picked)));
        }
        for (int i = 0; i < 10; i++) {
            String field = List.copyOf(ItemJson.fieldNames()).get(random.nextInt(ItemJson.fieldNames().size()));
            cases.add(batch("batch: item 2's " + field + " = 42", utf8("{\"items\": [" + SAMPLE + ", " + new String(with(field, "42"), StandardCharsets.UTF_8) + "]}")));
        }
        for (String value : List.of("42", "true", "\"items\"", "{}", "null", "[[]]", "[42]", "[\"" + MISPLACED + "\"]")) {
            cases.add(batch("batch: items = " + value.replace(MISPLACED, "<misplaced text>"), utf8("{\"items\": " + value + "}")));
        }
        return cases;
    }

    private static List<Case> nulls() {
        List<Case> cases = new ArrayList<>();
        for (String field : ItemJson.fieldNames()) {
            cases.add(item(field + " = null", with(field, "null")));
        }
        ObjectNode all = MAPPER.createObjectNode();
        ItemJson.fieldNames().forEach(all::putNull);
        cases.add(item("every field null", utf8(all.toString())));
        all.put("title", TITLE);
        cases.add(item("every field null but the title", utf8(all.toString())));
        cases.add(item("the body is null", utf8("null")));
        cases.add(batch("batch: items = [null, null]", utf8("{\"items\": [null, null]}")));
        cases.add(batch("batch: items = null", utf8("{\"items\": null}")));
        return cases;
    }

    private static List<Case> mutatedNames(Random random) {
        List<Case> cases = new ArrayList<>();
        for (String field : ItemJson.fieldNames()) {
            List<String> mutants = new ArrayList<>(List.of(
                    Character.toUpperCase(field.charAt(0)) + field.substring(1),
                    field.toUpperCase(java.util.Locale.ROOT),
                    field + " ",
                    " " + field,
                    lookAlike(field, random),
                    field + "\u200B",
                    fullWidth(field)));
            if (field.length() > 3) {
                int at = 1 + random.nextInt(field.length() - 2);
                mutants.add(field.substring(0, at) + field.substring(at + 1));
                mutants.add(field.substring(0, at) + "_" + field.substring(at));
            }
            for (String mutant : pick(mutants, 4, random)) {
                String value = field.equals("title") ? "\"" + TITLE + "\"" : valueFor(field);
                // the mutant holds the value; for title, the real field is then missing (422 names it)
                String body = field.equals("title")
                        ? "{\"" + escape(mutant) + "\": " + value + "}"
                        : SAMPLE.substring(0, SAMPLE.length() - 1) + ", \"" + escape(mutant) + "\": " + value + "}";
                cases.add(item(field + " → \"" + escape(mutant) + "\"", utf8(body)));
            }
        }
        return cases;
    }

    private static List<Case> contentTypes() {
        byte[] sample = utf8(SAMPLE);
        List<Case> cases = new ArrayList<>();
        for (String type : Arrays.asList(null, "", "text/plain", "text/json", "application/xml", "text/html", "multipart/form-data; boundary=x",
                "application/x-www-form-urlencoded", "application/octet-stream", "application/json-patch+json", "application/vnd.api+json",
                "application/problem+json", "*/*", "application/*", "a/b/c", "json", "application/json; charset=utf-16",
                "application/json; charset=ISO-8859-1", "application/json; charset=GBK", "application/json; charset=nonsense",
                "application/json; charset=", "application/json;;;", "application/json; charset=\"utf-8\"", "APPLICATION/JSON",
                "application/json; charset=UTF-8", "application/json; boundary=x", "application/json\u0000", "application/json, text/plain")) {
            cases.add(new Case("Content-Type: " + (type == null ? "(none)" : "\"" + type.replace("\u0000", "\\0") + "\""), ITEM, type, sample, false));
        }
        cases.add(new Case("batch with Content-Type: text/plain", BATCH, "text/plain", utf8("{\"items\": [" + SAMPLE + "]}"), false));
        return cases.stream().filter(c -> c.contentType() == null || c.contentType().indexOf('\u0000') < 0).collect(Collectors.toList());
    }

    private static List<Case> randomMutations(Random random) {
        byte[] sample = utf8(SAMPLE);
        byte[] tokens = utf8("{}[]\":,\\ 0-eE.tfn");
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            byte[] b = sample.clone();
            int edits = 1 + random.nextInt(4);
            StringBuilder what = new StringBuilder();
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(b.length);
                switch (random.nextInt(4)) {
                    case 0 -> {
                        b = concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, at + 1, b.length));
                        what.append(" delete@").append(at);
                    }
                    case 1 -> {
                        byte t = tokens[random.nextInt(tokens.length)];
                        b = splice(b, at, new byte[] {t});
                        what.append(" insert '").append((char) t).append("'@").append(at);
                    }
                    case 2 -> {
                        byte t = tokens[random.nextInt(tokens.length)];
                        b[at] = t;
                        what.append(" set '").append((char) t).append("'@").append(at);
                    }
                    default -> {
                        b[at] = (byte) random.nextInt(256);
                        what.append(" random@").append(at);
                    }
                }
            }
            cases.add(item("mutation #" + i + ":" + what, b));
        }
        return cases;
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** The sample with {@code field} set to the raw JSON {@code value} (replacing it, or added). */
    private static byte[] with(String field, String value) {
        try {
            ObjectNode node = (ObjectNode) MAPPER.readTree(SAMPLE);
            node.set(field, MAPPER.readTree(value));
            return utf8(node.toString());
        } catch (IOException e) {
            // values the tree model cannot hold (1e400 stays a number; nothing here fails), kept raw
            return utf8(SAMPLE.substring(0, SAMPLE.length() - 1) + ", \"" + field + "\": " + value + "}");
        }
    }

    private static String valueFor(String field) {
        try {
            JsonNode v = MAPPER.readTree(SAMPLE).get(field);
            if (v != null) {
                return v.toString();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return switch (field) {
            case "approvedOn" -> "\"2023-02-10\"";
            case "internalAffairs" -> "\"FINANCE\"";
            case "secretLevel" -> "\"SECRET\"";
            default -> "true";
        };
    }

    private static String lookAlike(String field, Random random) {
        Map<Character, Character> cyrillic = Map.of('a', 'а', 'e', 'е', 'o', 'о', 'p', 'р', 'c', 'с', 'i', 'і', 'y', 'у', 'x', 'х');
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < field.length(); i++) {
            if (cyrillic.containsKey(field.charAt(i))) {
                at.add(i);
            }
        }
        if (at.isEmpty()) {
            return field + "\u0301";
        }
        int i = at.get(random.nextInt(at.size()));
        return field.substring(0, i) + cyrillic.get(field.charAt(i)) + field.substring(i + 1);
    }

    private static String fullWidth(String field) {
        StringBuilder out = new StringBuilder();
        field.chars().forEach(c -> out.append((char) (c >= '!' && c <= '~' ? c + 0xFEE0 : c)));
        return out.toString();
    }

    private static List<String> pick(List<String> from, int n, Random random) {
        List<String> copy = new ArrayList<>(new java.util.LinkedHashSet<>(from));
        java.util.Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(n, copy.size()));
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c < 0x20 || c == '"' || c == '\\' ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    private static byte[] pad(byte[] body, int size) {
        byte[] padded = Arrays.copyOf(body, size);
        Arrays.fill(padded, body.length, size, (byte) ' ');
        return padded;
    }

    private static byte[] splice(byte[] b, int at, byte[] insert) {
        return concat(concat(Arrays.copyOf(b, at), insert), Arrays.copyOfRange(b, at, b.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }

    private static Case item(String name, byte[] body) {
        return new Case(name, ITEM, JSON, body, false);
    }

    private static Case batch(String name, byte[] body) {
        return new Case(name, BATCH, JSON, body, false);
    }

    private static Case chunked(String path, String name, byte[] body) {
        return new Case(name, path, JSON, body, true);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }
}
