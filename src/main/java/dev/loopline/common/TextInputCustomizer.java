package dev.loopline.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Registers the text-input rule once on the REST ObjectMapper, so no request body needs its own check. */
@Singleton
public class TextInputCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("loopline-text-input")
                .addDeserializer(String.class, new TextInputDeserializer()));
    }
}
