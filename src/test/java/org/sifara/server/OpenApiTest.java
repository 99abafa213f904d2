package org.sifara.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sifara.testing.TestServer;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/** /openapi.json is valid OpenAPI 3, says swagger-parser, and describes every query from its header. */
class OpenApiTest {

    @RegisterExtension
    static final TestServer server = TestServer.seed();

    @Test
    void isValidOpenApiWithOneOperationPerQuery() throws Exception {
        HttpResponse<String> r = server.getText("/openapi.json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(r.body(), null, options);
        assertEquals(List.of(), result.getMessages(), "the validator's messages");
        OpenAPI api = result.getOpenAPI();
        assertNotNull(api);
        assertEquals(15, api.getPaths().size(), "14 queries and the list");
        Operation participants = api.getPaths().get("/queries/event-participants").getGet();
        assertEquals("eventParticipants", participants.getOperationId());
        Parameter event = participants.getParameters().stream().filter(p -> p.getName().equals("event")).findFirst().orElseThrow();
        assertEquals("uri", event.getSchema().getFormat());
        assertEquals("https://w3id.org/sifara/id/event/haftar-sharif-meeting-2026-02-03", event.getSchema().getDefault());
        Parameter lang = participants.getParameters().stream().filter(p -> p.getName().equals("lang")).findFirst().orElseThrow();
        assertEquals(List.of("en", "ar"), lang.getSchema().getEnum());
        assertTrue(participants.getResponses().get("200").getContent().containsKey("application/sparql-results+json"));
        assertTrue(participants.getResponses().containsKey("400"));
        assertTrue(participants.getResponses().get("200").getContent().containsKey("text/html"));
        assertTrue(participants.getResponses().get("200").getHeaders().containsKey("X-Sifara-Truncated"));
        assertTrue(participants.getResponses().get("503").getHeaders().containsKey("Retry-After"));
    }

    @Test
    void theValidatorCanFail() {
        SwaggerParseResult broken = new OpenAPIV3Parser().readContents("{\"openapi\": \"3.0.3\", \"paths\": {\"/x\": {\"get\": {}}}}",
                null, new ParseOptions());
        assertTrue(!broken.getMessages().isEmpty(), "missing info and responses are reported");
    }
}
