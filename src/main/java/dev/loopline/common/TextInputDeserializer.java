package dev.loopline.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;

/**
 * Reads every string of a request body (nested, in lists, untyped too) and refuses one that breaks
 * {@link TextInput}; Jackson adds the JSON path, so the problem names the field.
 */
public class TextInputDeserializer extends StringDeserializer {

    /** A string with a control character; the ProblemMapper answers it as a 422 on its field. */
    public static class ControlCharacter extends MismatchedInputException {

        ControlCharacter(JsonParser parser) {
            super(parser, TextInput.REFUSAL, String.class);
        }
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = super.deserialize(parser, context);
        if (text != null && !TextInput.isAllowed(text)) {
            throw new ControlCharacter(parser);
        }
        return text;
    }
}
