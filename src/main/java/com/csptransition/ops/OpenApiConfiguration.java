package com.csptransition.ops;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * /v3/api-docs and Swagger UI: our controllers (springdoc.packages-to-scan), HTTP Basic on every operation, and the
 * application/problem+json answers every operation may give. Camunda's /engine-rest is Jersey's and documented by
 * Camunda.
 */
@Configuration
class OpenApiConfiguration {

    static final String BASIC = "basicAuth";
    private static final String PROBLEM = "Problem";

    @Bean
    OpenAPI cspTransitionApi() {
        return new OpenAPI()
                .info(new Info().title("csp-transition").version("v1").description("""
                        Partner Center's customer, subscription and transfer resources (/v1) and the service's own \
                        (/api). Every call signs in with HTTP Basic (Camunda's users); a refusal is \
                        application/problem+json with a `code`, and a rule refusal (422, or 403 from the who-may-act \
                        rules) lists every reason with its code, message and rule."""))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    /**
     * Every operation may answer 400, 401 and 403; one naming a record 404 (unknown, or not the caller's); one that
     * changes something 409 (the record's state) and 422 (the rules refuse, with every reason).
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            // added here, not on the OpenAPI bean: springdoc builds the schemas from the controllers over it
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                add(operation.getResponses(), "400", "Malformed input");
                add(operation.getResponses(), "401", "No or wrong credentials (HTTP Basic)");
                add(operation.getResponses(), "403", "The caller's role or organisation may not do this");
                if (path.contains("{")) {
                    add(operation.getResponses(), "404", "Unknown, or not the caller's");
                }
                if (method != PathItem.HttpMethod.GET) {
                    add(operation.getResponses(), "409", "The record's state does not allow it, or a concurrent change won");
                    add(operation.getResponses(), "422", "The rules refuse it: every reason with its code, message and rule");
                }
            }));
        };
    }

    private static void add(ApiResponses responses, String status, String what) {
        responses.putIfAbsent(status, new ApiResponse().description(what).content(new Content()
                .addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Schema reason = new ObjectSchema().properties(Map.of("code", new StringSchema(), "message", new StringSchema(),
                "rule", new StringSchema().description("the rule's name: the guide's sentence it enforces")));
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("code", new StringSchema().description("the service's code for the refusal"))
                .addProperty("partnerCenterCode", new IntegerSchema().description("Partner Center's error code, if any"))
                .addProperty("reasons", new ArraySchema().items(reason)
                        .description("a rule refusal's reasons"));
    }
}
