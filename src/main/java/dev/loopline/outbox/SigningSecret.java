package dev.loopline.outbox;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A secret that WebhookSignature can sign with; the rule itself lives there, in keyOf. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SigningSecret.Check.class)
public @interface SigningSecret {

    String message() default "whsec_ followed by base64 of at least 16 bytes, or any other text of at least 16"
            + " characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null is left to @NotBlank. */
    class Check implements ConstraintValidator<SigningSecret, String> {

        @Override
        public boolean isValid(String secret, ConstraintValidatorContext context) {
            return secret == null || WebhookSignature.keyOf(secret) != null;
        }
    }
}
