import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Reads a union the way JSON Schema decides it: each branch is tried (its JSON shape, then Jackson
 * binding, then Bean Validation); oneOf demands exactly one match, anyOf and type lists take the first.
 * The error names every branch and why it failed, at the union's place in the document.
 */
public final class Unions {
    private Unions() {
    }

    /** The JSON a branch can start from, checked before binding (Jackson would coerce otherwise). */
    public enum Shape {
        OBJECT, ARRAY, STRING, INTEGER, NUMBER, BOOLEAN, ANY;

        boolean admits(JsonNode node) {
            switch (this) {
                case OBJECT:
                    return node.isObject();
                case ARRAY:
                    return node.isArray();
                case STRING:
                    return node.isTextual();
                case INTEGER:
                    return node.isIntegralNumber() || (node.isNumber() && node.decimalValue().stripTrailingZeros().scale() <= 0);
                case NUMBER:
                    return node.isNumber();
                case BOOLEAN:
                    return node.isBoolean();
                default:
                    return true;
            }
        }
    }

    /** One branch: its name for messages, the type to bind, the JSON shape it needs. */
    public record Branch<T>(String name, Class<? extends T> type, Shape shape) {
    }

    private static final class Holder {
        static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    }

    public static <T> T read(JsonParser parser, DeserializationContext context, Class<T> union, List<Branch<T>> branches, boolean exactlyOne) throws IOException {
        JsonNode node = context.readTree(parser);
        List<T> matches = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Branch<T> branch : branches) {
            String failure = attempt(context, node, branch, matches);
            if (failure == null) {
                names.add(branch.name());
                if (!exactlyOne) {
                    break;
                }
            } else {
                failures.add(branch.name() + ": " + failure);
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        String kind = exactlyOne ? "oneOf" : "anyOf";
        if (matches.isEmpty()) {
            return context.reportInputMismatch(union, "%s: no branch matches (%s): %s", union.getSimpleName(), kind, String.join("; ", failures));
        }
        return context.reportInputMismatch(union, "%s: %d branches match (%s), oneOf needs exactly one", union.getSimpleName(), matches.size(), String.join(", ", names));
    }

    /** Binds and validates one branch; adds the value to {@code matches} and returns null, or returns why not. */
    private static <T> String attempt(DeserializationContext context, JsonNode node, Branch<T> branch, List<T> matches) {
        if (!branch.shape().admits(node)) {
            return "not " + branch.shape().name().toLowerCase(Locale.ROOT);
        }
        T value;
        try {
            value = context.readTreeAsValue(node, branch.type());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        } catch (IOException e) {
            return e.getMessage();
        }
        List<ConstraintViolation<T>> violations = new ArrayList<>(Holder.VALIDATOR.validate(value));
        if (violations.isEmpty()) {
            matches.add(value);
            return null;
        }
        violations.sort(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()).thenComparing(ConstraintViolation::getMessage));
        ConstraintViolation<T> first = violations.get(0);
        return first.getPropertyPath() + " " + first.getMessage();
    }
}
