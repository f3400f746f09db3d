package dev.loopline.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** Says in the contract what Jackson does: a property a schema does not require may be null, in answers and requests. */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NullableOptionals implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(NullableOptionals::optionalsNullable);
        }
    }

    private static void optionalsNullable(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> changed = new LinkedHashMap<>();
        properties.forEach((name, property) -> {
            optionalsNullable(property);
            changed.put(name, required.contains(name) ? property : nullable(property));
        });
        schema.setProperties(changed);
    }

    private static Schema nullable(Schema property) {
        List<Schema.SchemaType> types = property.getType();
        if (property.getRef() == null && types != null && !types.isEmpty()) {
            if (!types.contains(Schema.SchemaType.NULL)) {
                property.addType(Schema.SchemaType.NULL);
                if (property.getEnumeration() != null) {
                    property.addEnumeration(null);
                }
            }
            return property;
        }
        // a reference (or a schema without a type) cannot take "null" beside it: either it, or null
        Schema nothing = OASFactory.createSchema().addType(Schema.SchemaType.NULL);
        return OASFactory.createSchema().anyOf(new ArrayList<>(List.of(property, nothing)));
    }
}
