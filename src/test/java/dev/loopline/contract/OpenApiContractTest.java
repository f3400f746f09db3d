package dev.loopline.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** openapi/loopline.yaml is the contract: the service must serve exactly it (paths, methods, schemas, all). */
@QuarkusTest
class OpenApiContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path CONTRACT = Path.of("openapi/loopline.yaml");

    @Test
    void theServedDocumentIsTheContract() throws Exception {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode servedTree = YAML.readTree(served);
        JsonNode contract = YAML.readTree(Files.readString(CONTRACT));
        if (!servedTree.equals(contract)) {
            Files.writeString(Path.of("target/openapi-served.yaml"), served);
        }
        assertThat(operations(servedTree)).as("paths and methods served vs. openapi/loopline.yaml")
                .containsExactlyInAnyOrderElementsOf(operations(contract));
        assertThat(servedTree.get("components")).as("schemas served vs. openapi/loopline.yaml; run src/scripts/openapi-sync"
                + " and review the diff (served copy in target/openapi-served.yaml)").isEqualTo(contract.get("components"));
        assertThat(servedTree).as("the whole document; run src/scripts/openapi-sync and review the diff")
                .isEqualTo(contract);
    }

    @Test
    void theContractIsOpenApi31AndDocumentsProblemsOnEveryOperation() throws Exception {
        JsonNode contract = YAML.readTree(Files.readString(CONTRACT));
        assertThat(contract.get("openapi").asText()).startsWith("3.1");
        for (Map.Entry<String, JsonNode> path : contract.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode responses = operation.getValue().get("responses");
                assertThat(responses.has("401") && responses.has("403")).as(operation.getKey() + " " + path.getKey())
                        .isTrue();
                assertThat(responses.get("401").get("content").has("application/problem+json")).isTrue();
            }
        }
    }

    private static List<String> operations(JsonNode document) {
        List<String> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            path.getValue().properties().forEach(method -> operations.add(method.getKey() + " " + path.getKey()));
        }
        return operations;
    }
}
