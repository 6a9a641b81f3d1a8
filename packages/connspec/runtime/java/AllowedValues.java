import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Schema `const`, or an `enum` with no type of its own: the value is one of {@link #value()}.
 */
@Documented
@Constraint(validatedBy = AllowedValues.Validator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
public @interface AllowedValues {
    /** Each allowed value as JSON text. */
    String[] value();

    String message() default "must be one of {value}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The value equals one of the allowed JSON values (numbers compare by value). */
    final class Validator implements ConstraintValidator<AllowedValues, Object> {
        private final List<Object> allowed = new ArrayList<>();

        @Override
        public void initialize(AllowedValues annotation) {
            for (String json : annotation.value()) {
                this.allowed.add(ConnspecJson.read(json, new TypeReference<Object>() {}));
            }
        }

        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            for (Object candidate : this.allowed) {
                if (ConnspecJson.sameJson(candidate, value)) {
                    return true;
                }
            }
            return false;
        }
    }
}
