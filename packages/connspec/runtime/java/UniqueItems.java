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
import java.util.Collection;
import java.util.List;

/**
 * JSON Schema `uniqueItems: true`: no two items of the collection are equal.
 */
@Documented
@Constraint(validatedBy = UniqueItems.Validator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
public @interface UniqueItems {
    String message() default "must not contain two equal items";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** No two items are equal as JSON values (numbers compare by value: 1 and 1.0 are equal). */
    final class Validator implements ConstraintValidator<UniqueItems, Collection<?>> {
        @Override
        public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            List<Object> seen = new ArrayList<>();
            for (Object item : value) {
                for (Object earlier : seen) {
                    if (ConnspecJson.sameJson(earlier, item)) {
                        return false;
                    }
                }
                seen.add(item);
            }
            return true;
        }
    }
}
