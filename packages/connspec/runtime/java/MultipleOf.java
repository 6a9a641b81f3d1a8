import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * JSON Schema `multipleOf`: the number divided by {@link #value()} is a whole number.
 */
@Documented
@Constraint(validatedBy = MultipleOf.Validator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
public @interface MultipleOf {
    /** The divisor as the schema writes it; read as a BigDecimal, so the check is exact. */
    String value();

    String message() default "must be a multiple of {value}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** {@code value / divisor} is a whole number, computed in decimal (no floating-point rounding). */
    final class Validator implements ConstraintValidator<MultipleOf, Number> {
        private BigDecimal divisor = BigDecimal.ONE;

        @Override
        public void initialize(MultipleOf annotation) {
            this.divisor = new BigDecimal(annotation.value());
        }

        @Override
        public boolean isValid(Number value, ConstraintValidatorContext context) {
            return value == null || ConnspecJson.decimal(value).remainder(this.divisor).signum() == 0;
        }
    }
}
