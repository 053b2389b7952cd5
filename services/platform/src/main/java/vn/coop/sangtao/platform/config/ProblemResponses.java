package vn.coop.sangtao.platform.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Documents the problem+json answers every operation can give, so that each endpoint of the
 * OpenAPI document lists its errors: 400/401/403 everywhere, 404 where a path names a record, 409
 * and 422 where a request changes something. An operation that documents a status itself keeps its
 * own description.
 */
class ProblemResponses implements OpenApiCustomizer {

    static final String PROBLEM = "application/problem+json";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() != null) {
            openApi.getComponents().addSchemas("Problem", problemSchema());
        }
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                document(path, method, operation)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        Map<String, ApiResponse> errors = new LinkedHashMap<>();
        errors.put("400", problem("validation-failed", 400, "The request is malformed or a field is invalid"));
        errors.put("401", problem("unauthorized", 401, "No valid bearer token"));
        errors.put("403", problem("forbidden", 403, "The caller's role may not do this"));
        if (path.contains("{")) {
            errors.put("404", problem("not-found", 404, "No such record in the caller's tenant"));
        }
        if (method != PathItem.HttpMethod.GET) {
            errors.put("409", problem("version-conflict", 409, "A concurrent change, or a duplicate"));
            errors.put("422", problem("rule", 422, "A business rule refuses the request; code names the rule"));
        }
        errors.put("503", problem("store-unavailable", 503, "A store or downstream service is unavailable; retry"));
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        errors.forEach((status, response) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, response);
            }
        });
        operation.setResponses(responses);
    }

    private static ApiResponse problem(String code, int status, String description) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "https://sangtao.coop.vn/problems/" + code);
        example.put("title", description);
        example.put("status", status);
        example.put("code", code);
        example.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
        MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")).example(example);
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM, media));
    }

    private static Schema<?> problemSchema() {
        ObjectSchema fieldError = new ObjectSchema();
        fieldError.addProperty("field", new StringSchema());
        fieldError.addProperty("message", new StringSchema());
        ObjectSchema schema = new ObjectSchema();
        schema.description("RFC 9457 problem details; title, detail and field messages in Vietnamese, or English "
                + "with Accept-Language: en");
        schema.addProperty("type", new StringSchema());
        schema.addProperty("title", new StringSchema());
        schema.addProperty("status", new IntegerSchema());
        schema.addProperty("detail", new StringSchema());
        schema.addProperty("instance", new StringSchema());
        schema.addProperty("code", new StringSchema().description("Stable machine-readable name of the problem"));
        schema.addProperty("traceId", new StringSchema());
        schema.addProperty("errors", new ArraySchema().items(fieldError));
        return schema;
    }
}
