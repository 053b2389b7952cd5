package vn.coop.sangtao.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks an event's payload and headers against its published JSON Schema. Producer tests use it on
 * what they send, consumer tests on what they accept, so both sides answer to the same contract.
 */
public final class ContractValidator {

    private static final String ROOT = "/contracts/events/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private ContractValidator() {
    }

    /** Validation errors of the payload against the schema of {@code type}; empty when it conforms. */
    public static List<String> payloadErrors(String type, String payloadJson) {
        JsonNode payload = parse(payloadJson);
        List<String> errors = new ArrayList<>();
        for (ValidationMessage message : schema(type).validate(payload)) {
            errors.add(message.getMessage());
        }
        return errors;
    }

    /** Errors in the CloudEvents headers of an event of {@code type}; empty when they conform. */
    public static List<String> headerErrors(String type, Map<String, String> headers) {
        List<String> errors = new ArrayList<>();
        for (String name : EventHeaders.REQUIRED) {
            String value = headers.get(name);
            if (value == null || value.isBlank()) {
                errors.add("missing header " + name);
            }
        }
        if (!EventHeaders.SPEC_VERSION_VALUE.equals(headers.get(EventHeaders.SPEC_VERSION))) {
            errors.add("ce_specversion must be 1.0");
        }
        if (!type.equals(headers.get(EventHeaders.TYPE))) {
            errors.add("ce_type is " + headers.get(EventHeaders.TYPE) + ", expected " + type);
        }
        return errors;
    }

    /** The published example payload of {@code type}. */
    public static String example(String type) {
        return read(type, "example.json");
    }

    private static JsonSchema schema(String type) {
        return SCHEMAS.computeIfAbsent(type, t -> {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(parse(read(t, "schema.json")), config);
        });
    }

    private static String read(String type, String file) {
        String path = ROOT + type + "/" + file;
        try (InputStream in = ContractValidator.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no published contract for event type " + type);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }
}
