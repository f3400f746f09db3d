package dev.loopline.common;

import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/** Documents, on every operation of the contract, the problem responses the ProblemMapper produces. */
public class ProblemResponses implements OASFilter {

    private static final Map<String, String> COMMON = new TreeMap<>(Map.of(
            "400", "Malformed body or invalid parameter",
            "401", "No valid bearer token",
            "403", "The token's roles do not admit this, or a rule of authority refused it",
            "500", "Unexpected failure (the body names an incident id, never a class)",
            "503", "The database is unreachable; retry"));

    private static final Map<String, String> WITH_BODY = new TreeMap<>(Map.of(
            "415", "The body is not application/json",
            "422", "The body failed validation; `errors` names the fields"));

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
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
