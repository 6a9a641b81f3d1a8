import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * JSON Schema `minLength`/`maxLength`: the length in Unicode code points, as JSON Schema counts it
 * ({@code @Size} counts UTF-16 units, so a character outside the BMP would count twice).
 */
@Documented
@Constraint(validatedBy = CodePointLength.Validator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
public @interface CodePointLength {
    int min() default 0;

    int max() default Integer.MAX_VALUE;

    String message() default "length must be between {min} and {max} characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Counts code points, never UTF-16 units. */
    final class Validator implements ConstraintValidator<CodePointLength, CharSequence> {
        private int min;
        private int max;

        @Override
        public void initialize(CodePointLength annotation) {
            this.min = annotation.min();
            this.max = annotation.max();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int length = Character.codePointCount(value, 0, value.length());
            return length >= this.min && length <= this.max;
        }
    }
}
