package dev.loopline.common;

import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/** Documents, on every operation of the contract, the problem responses the ProblemMapper produces (and where a 201 points). */
public class ProblemResponses implements OASFilter {

    private static final Map<String, String> COMMON = new TreeMap<>(Map.of(
            "400", "Malformed body or invalid parameter",
            "401", "No valid bearer token",
            "403", "The token's roles do not admit this, or a rule of authority refused it",
            "500", "Unexpected failure (the body names an incident id, never a class)",
            "503", "The database is unreachable; retry"));

    private static final Map<String, String> WITH_BODY = new TreeMap<>(Map.of(
            "413", "The body is larger than the service takes",
            "415", "The body is not application/json",
            "422", "The body failed validation; `errors` names the fields"));

    private static final Map<String, String> WRITE = Map.of(
            "409", "The resource's state does not allow this, a business rule refused it, or it changed meanwhile");

    private static final Map<String, String> CONDITIONAL = Map.of(
            "412", "If-Match names a version that is no longer current");

    private static final Map<String, String> CONDITION_REQUIRED = Map.of(
            "428", "If-Match is required and was not sent");

    /** The paths that answer 410 for what the archive holds (README "The archive of closed tickets"). */
    private static final Map<String, String> ARCHIVED = new TreeMap<>(Map.of(
            "/api/v1/tickets/{id}", "The ticket was closed long ago and is archived: the body says where to read it",
            "/api/v1/reports/monthly", "The month is archived: its tickets are read one by one in the archive"));

    // the method is known only on the path item: what a write or a conditional request can answer
    @Override
    public PathItem filterPathItem(PathItem pathItem) {
        pathItem.getOperations().forEach((method, operation) -> {
            if (method != PathItem.HttpMethod.GET) {
                add(responses(operation), WRITE);
            }
            if (operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()))) {
                add(responses(operation), CONDITIONAL);
            }
            if (method == PathItem.HttpMethod.PATCH) {
                add(responses(operation), CONDITION_REQUIRED);
            }
        });
        return pathItem;
    }

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = responses(operation);
        APIResponse created = responses.getAPIResponse("201");
        if (created != null && (created.getHeaders() == null || !created.getHeaders().containsKey("Location"))) {
            created.addHeader("Location", OASFactory.createHeader().required(true)
                    .description("Where what was created is read").schema(OASFactory.createSchema()
                            .addType(Schema.SchemaType.STRING)));
        }
        add(responses, COMMON);
        if (operation.getRequestBody() != null) {
            add(responses, WITH_BODY);
        }
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            add(responses, Map.of("404", "No such resource"));
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> ARCHIVED.forEach((prefix, description) -> {
            if (path.startsWith(prefix)) {
                item.getOperations().values().forEach(operation -> add(responses(operation),
                        Map.of("410", description)));
            }
        }));
    }

    private static APIResponses responses(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        return operation.getResponses();
    }

    private static void add(APIResponses responses, Map<String, String> problems) {
        problems.forEach((status, description) -> {
            APIResponse existing = responses.getAPIResponse(status);
            // the security extension adds bare 401/403 entries: give them the problem body they really have
            if (existing == null || existing.getContent() == null) {
                Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                        .content(content));
            }
        });
    }
}
