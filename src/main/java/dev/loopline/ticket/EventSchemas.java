package dev.loopline.ticket;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Types the timeline in the contract from the event catalogue: a timeline entry is one of the catalogue's types, and
 * its `payload` is that type's record, so a client (and the contract check) knows each payload's fields.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class EventSchemas implements OASFilter {

    private static final String ENTRY = "EventView";
    private static final String COMMON = "TimelineEntry";
    private static final String PREFIX = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                || !openAPI.getComponents().getSchemas().containsKey(ENTRY)) {
            return;
        }
        Components schemas = openAPI.getComponents();
        Schema entry = schemas.getSchemas().get(ENTRY);
        // what every entry has stays one schema; each variant adds its type name and its payload record
        schemas.addSchema(COMMON, entry);
        List<Schema> variants = new ArrayList<>();
        TicketEvents.timelineRecords().forEach((type, record) -> variants.add(OASFactory.createSchema()
                .addAllOf(OASFactory.createSchema().ref(PREFIX + COMMON))
                .addAllOf(OASFactory.createSchema().addType(SchemaType.OBJECT).required(List.of("type", "payload"))
                        .addProperty("type", OASFactory.createSchema().addType(SchemaType.STRING).addEnumeration(type))
                        .addProperty("payload", reference(record, schemas)))));
        schemas.addSchema(ENTRY, OASFactory.createSchema().description("A timeline entry; its payload is its type's record")
                .oneOf(variants));
    }

    /** A $ref to the record's schema, adding it (and the records it holds) to the components first. */
    private static Schema reference(Class<?> record, Components schemas) {
        String name = "Event" + record.getSimpleName();
        if (!schemas.getSchemas().containsKey(name)) {
            Schema schema = OASFactory.createSchema().addType(SchemaType.OBJECT);
            schemas.addSchema(name, schema);
            for (RecordComponent component : record.getRecordComponents()) {
                schema.addProperty(component.getName(), of(component.getGenericType(), schemas));
            }
        }
        return OASFactory.createSchema().ref(PREFIX + name);
    }

    /** The schema of a component's type; anything but a primitive may be null. */
    private static Schema of(Type type, Components schemas) {
        if (type instanceof ParameterizedType list && List.class.equals(list.getRawType())) {
            return nullable(OASFactory.createSchema().addType(SchemaType.ARRAY)
                    .items(of(list.getActualTypeArguments()[0], schemas)));
        }
        Class<?> raw = (Class<?>) type;
        if (raw.isRecord()) {
            return OASFactory.createSchema().anyOf(new ArrayList<>(List.of(reference(raw, schemas),
                    OASFactory.createSchema().addType(SchemaType.NULL))));
        }
        Schema schema = OASFactory.createSchema();
        if (raw.isEnum()) {
            schema.addType(SchemaType.STRING);
            List<Object> values = new ArrayList<>();
            for (Object constant : raw.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            values.add(null); // a component the event left empty
            schema.setEnumeration(values);
        } else if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class
                || raw == Short.class || raw == short.class) {
            schema.addType(SchemaType.INTEGER);
        } else if (raw == boolean.class || raw == Boolean.class) {
            schema.addType(SchemaType.BOOLEAN);
        } else if (raw == BigDecimal.class) {
            schema.addType(SchemaType.NUMBER);
        } else if (raw == Instant.class) {
            schema.addType(SchemaType.STRING).format("date-time");
        } else if (raw == UUID.class) {
            schema.addType(SchemaType.STRING).format("uuid");
        } else {
            schema.addType(SchemaType.STRING);
        }
        return raw.isPrimitive() ? schema : nullable(schema);
    }

    private static Schema nullable(Schema schema) {
        return schema.addType(SchemaType.NULL);
    }
}
