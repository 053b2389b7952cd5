package vn.coop.sangtao.integrations.docs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.integrations.endpoint.PublicEventTypes;
import vn.coop.sangtao.platform.problem.ApiProblem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves the AsyncAPI document of the public events, and the JSON Schemas it points to, straight
 * from the published contracts, so the documentation cannot drift from what is checked in tests.
 */
@RestController
@RequestMapping("/api/integrations/asyncapi")
@Tag(name = "Documentation")
class AsyncApiController {

    @GetMapping(value = "/asyncapi.yaml", produces = "application/yaml")
    @Operation(summary = "AsyncAPI document of the public events and webhook payloads")
    ResponseEntity<String> document() throws IOException {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/yaml;charset=UTF-8"))
                .body(read("asyncapi/asyncapi.yaml"));
    }

    @GetMapping(value = "/schemas/{type}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> schema(@PathVariable String type) throws IOException {
        if (!PublicEventTypes.ALL.contains(type)) {
            throw ApiProblem.notFound("schema", type);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(read("contracts/events/" + type + "/schema.json"));
    }

    private static String read(String path) throws IOException {
        return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
    }
}
