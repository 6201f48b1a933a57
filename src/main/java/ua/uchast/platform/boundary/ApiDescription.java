package ua.uchast.platform.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The /openapi document's own words (configured as {@code mp.openapi.filter}): the platform's title, version and
 * description, the {@link ApiError} shape, and the errors every operation under /api may answer, so an operation added
 * later is described with them without repeating them.
 */
public class ApiDescription implements OASFilter {

    static final String TITLE = "Uchast — participatory budget platform";
    private static final String DESCRIPTION = "Open data of the participatory budgets (\"бюджет участі\") run on this "
            + "Uchast deployment: hromadas, their territories, cycles, projects and results. Read-only and public. "
            + "Errors are JSON objects {\"error\": code, \"message\": text}; the text follows Accept-Language "
            + "(Ukrainian unless English is preferred).";
    private static final Map<String, String> ERRORS = Map.of("400", "BadRequest", "404", "NotFound", "500", "ServerError");
    private static final Map<String, String> ERROR_TEXTS = Map.of("BadRequest", "The request is malformed or refused",
            "NotFound", "No such resource", "ServerError", "An unexpected failure (logged on the server)");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.info(OASFactory.createInfo().title(TITLE).version(version()).description(DESCRIPTION));
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        components.addSchema("ApiError", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An error: a stable code and a sentence in the request's language")
                .addProperty("error", OASFactory.createSchema().type(Schema.SchemaType.STRING).example("not-found"))
                .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING).example("Не знайдено."))
                .required(List.of("error", "message")));
        ERROR_TEXTS.forEach((name, text) -> components.addResponse(name, OASFactory.createAPIResponse().description(text)
                .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("ApiError"))))));
        openAPI.components(components);
    }

    @Override
    public Operation filterOperation(Operation operation) {
        ERRORS.forEach((status, name) -> {
            if (operation.getResponses().getAPIResponse(status) == null) {
                operation.getResponses().addAPIResponse(status, OASFactory.createObject(APIResponse.class).ref(name));
            }
        });
        return operation;
    }

    static String version() {
        try (InputStream build = ApiDescription.class.getResourceAsStream("build.properties")) {
            Properties properties = new Properties();
            properties.load(build);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
