package dev.loopline.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks every call the tests make against openapi/loopline.yaml; a deviation fails the test that made the call. */
public final class ContractFilter implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/api/";
    private static Contract contract;

    /** Adds the filter to REST Assured's global filters, once per class loader. */
    public static synchronized void install() {
        if (contract == null) {
            contract = new Contract(Path.of("openapi/loopline.yaml"));
        }
        if (RestAssured.filters().stream().noneMatch(ContractFilter.class::isInstance)) {
            RestAssured.filters(new ContractFilter());
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        String path = path(request.getURI());
        if (path == null || !path.startsWith(API)) {
            return context.next(request, responseSpec);
        }
        Optional<Contract.Operation> operation = contract.find(request.getMethod(), path);
        List<String> deviations = new ArrayList<>();
        List<String> badRequest = operation.map(o -> contract.checkRequest(o, contentType(request.getContentType()),
                requestBody(request.getBody()))).orElse(List.of());
        Response response = context.next(request, responseSpec);
        int status = response.getStatusCode();
        // a test may send a bad body on purpose; the service must then refuse it, never take it
        if (status < 400 || status >= 500) {
            deviations.addAll(badRequest);
        }
        if (operation.isPresent()) {
            byte[] bytes = response.asByteArray();
            String contentType = contentType(response.getContentType());
            JsonNode body = Contract.isJson(Contract.mediaType(contentType)) ? parse(bytes) : null;
            deviations.addAll(contract.checkResponse(operation.get(), status, contentType, response::getHeader, body,
                    bytes.length > 0));
        } else if (status < 400 || status >= 500) {
            // a path or method the contract does not know may only be refused
            deviations.add(request.getMethod() + " " + path + " is not in the contract, yet answered " + status);
        }
        if (!deviations.isEmpty()) {
            throw new AssertionError("The call deviates from openapi/loopline.yaml:\n  " + String.join("\n  ", deviations));
        }
        return response;
    }

    private static String path(String uri) {
        try {
            return URI.create(uri).getRawPath();
        } catch (IllegalArgumentException malformed) {
            return null; // a test sending a malformed URI on purpose: nothing to look up
        }
    }

    private static String contentType(String contentType) {
        return contentType == null ? "" : contentType;
    }

    private static JsonNode requestBody(Object body) {
        if (body == null) {
            return null;
        }
        if (body instanceof String text) {
            return parse(text.getBytes(StandardCharsets.UTF_8));
        }
        if (body instanceof byte[] bytes) {
            return parse(bytes);
        }
        return JSON.valueToTree(body);
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            return bytes.length == 0 ? null : JSON.readTree(bytes);
        } catch (IOException notJson) {
            return null;
        }
    }
}
