package dev.loopline.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** openapi/loopline.yaml as a checker: finds the operation of a call and lists where a request or response deviates. */
public final class Contract {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    // the whole document is the schema root, so every "#/components/schemas/..." resolves inside it
    private static final String DOCUMENT = "https://loopline.dev/openapi/loopline.yaml";

    private final JsonNode document;
    private final List<Template> templates = new ArrayList<>();
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** One path template of the contract, matched segment by segment; literal segments win over parameters. */
    private record Template(String path, Pattern pattern, int parameters) {
    }

    /** The operation a call reached: its id, method and path template, and its node in the document. */
    public record Operation(String id, String method, String path, JsonNode node, String pointer) {

        @Override
        public String toString() {
            return id + " (" + method.toUpperCase(Locale.ROOT) + " " + path + ")";
        }
    }

    public Contract(Path file) {
        try {
            document = YAML.readTree(Files.readString(file));
            String json = JSON.writeValueAsString(document);
            // the document's own top-level fields are not schema keywords: known, so not warned about
            Dialect openApi31 = Dialect.builder(Dialects.getOpenApi31()).keywords(Stream.of(
                    "openapi", "info", "servers", "tags", "paths", "components").map(NonValidationKeyword::new).toList())
                    .build();
            registry = SchemaRegistry.withDefaultDialect(openApi31, builder -> builder
                    .schemas(Map.of(DOCUMENT, json))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH).build()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        document.get("paths").fieldNames().forEachRemaining(path -> {
            String regex = Pattern.quote(path).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
            templates.add(new Template(path, Pattern.compile(regex), path.split("\\{", -1).length - 1));
        });
        templates.sort(Comparator.comparingInt(Template::parameters));
    }

    /** The operation for a method and a concrete path, if the contract documents the path (and the method on it). */
    public Optional<Operation> find(String method, String path) {
        String verb = method.toLowerCase(Locale.ROOT);
        return templates.stream().filter(t -> t.pattern().matcher(path).matches()).findFirst().flatMap(t -> {
            JsonNode node = document.get("paths").get(t.path()).get(verb);
            return Optional.ofNullable(node).map(n -> new Operation(n.path("operationId").asText(verb + " " + t.path()),
                    verb, t.path(), n, "/paths/" + escape(t.path()) + "/" + verb));
        });
    }

    /** Whether the contract documents the path at all, with whatever methods. */
    public boolean documents(String path) {
        return templates.stream().anyMatch(t -> t.pattern().matcher(path).matches());
    }

    /** Deviations of a request body from the operation's request body schema. */
    public List<String> checkRequest(Operation operation, String contentType, JsonNode body) {
        List<String> deviations = new ArrayList<>();
        JsonNode requestBody = operation.node().get("requestBody");
        String where = operation + " request";
        if (requestBody == null) {
            if (body != null) {
                deviations.add(where + ": the contract documents no request body");
            }
            return deviations;
        }
        if (body == null) {
            if (requestBody.path("required").asBoolean()) {
                deviations.add(where + ": the contract requires a body");
            }
            return deviations;
        }
        checkBody(where, operation.pointer() + "/requestBody", requestBody, contentType, body, deviations);
        return deviations;
    }

    /** Deviations of a response: undocumented status, content type, missing required header, body against its schema. */
    public List<String> checkResponse(Operation operation, int status, String contentType,
            Function<String, String> headers, JsonNode body, boolean hasBody) {
        List<String> deviations = new ArrayList<>();
        JsonNode responses = operation.node().path("responses");
        String code = responses.has(String.valueOf(status)) ? String.valueOf(status) : "default";
        String where = operation + " response " + status;
        JsonNode response = responses.get(code);
        if (response == null) {
            deviations.add(where + ": status " + status + " is not documented (documented: "
                    + names(responses.fieldNames()) + ")");
            return deviations;
        }
        for (Map.Entry<String, JsonNode> header : response.path("headers").properties()) {
            if (header.getValue().path("required").asBoolean() && headers.apply(header.getKey()) == null) {
                deviations.add(where + ": required header " + header.getKey() + " is missing");
            }
        }
        String pointer = operation.pointer() + "/responses/" + code;
        if (!response.has("content")) {
            if (hasBody) {
                deviations.add(where + ": the contract documents no body, the response has one (" + contentType + ")");
            }
            return deviations;
        }
        if (!hasBody) {
            return deviations;
        }
        checkBody(where, pointer, response, contentType, body, deviations);
        return deviations;
    }

    private void checkBody(String where, String pointer, JsonNode holder, String contentType, JsonNode body,
            List<String> deviations) {
        String mediaType = mediaType(contentType);
        JsonNode content = holder.path("content");
        String documented = content.has(mediaType) ? mediaType : wildcard(content, mediaType);
        if (documented == null) {
            deviations.add(where + ": content type " + contentType + " is not documented (documented: "
                    + names(content.fieldNames()) + ")");
            return;
        }
        JsonNode schemaNode = content.get(documented).get("schema");
        if (schemaNode == null || !isJson(mediaType)) {
            return;
        }
        if (body == null) {
            deviations.add(where + ": the " + mediaType + " body is not JSON");
            return;
        }
        String location = pointer + "/content/" + escape(documented) + "/schema";
        Schema schema = schemas.computeIfAbsent(location, l -> registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + l)));
        for (Error error : schema.validate(body)) {
            deviations.add(where + ": " + error.getInstanceLocation() + ": " + error.getMessage());
        }
    }

    private static String wildcard(JsonNode content, String mediaType) {
        String range = mediaType.substring(0, mediaType.indexOf('/') + 1) + "*";
        return content.has(range) ? range : content.has("*/*") ? "*/*" : null;
    }

    public static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    public static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
    }

    private static String names(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return String.join(", ", list);
    }
}
