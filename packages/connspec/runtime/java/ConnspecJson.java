import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * JSON the way the schemas mean it. Jackson's defaults convert between JSON types (12 into a String,
 * "12" into a Long, 1.5 truncated into a Long, 1 into a Boolean); JSON Schema never does. Read the
 * models with {@link #newMapper()}, or pass your own mapper through {@link #configure(ObjectMapper)}.
 * (Unknown properties of closed models fail whatever the mapper says, and so does {@code null} where
 * the schema does not allow it: the models enforce both themselves.)
 */
public final class ConnspecJson {
    private static final ObjectMapper MAPPER = configure(new ObjectMapper());

    private ConnspecJson() {
    }

    /** A new ObjectMapper configured by {@link #configure(ObjectMapper)}. */
    public static ObjectMapper newMapper() {
        return configure(new ObjectMapper());
    }

    /**
     * Turns off every coercion between JSON types, makes whole numbers exact, refuses a number beyond
     * the range of a double where the model holds a double (never read as infinity), and makes the
     * models write exactly the properties that are set ({@link ConnspecPresence}); returns {@code mapper}.
     */
    public static ObjectMapper configure(ObjectMapper mapper) {
        // Numbers of untyped values ({} in the schema) as exact decimals, so they are written back as read.
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.coercionConfigFor(LogicalType.Textual)
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(type)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        SimpleModule module = new SimpleModule("connspec");
        module.addDeserializer(Long.class, new Whole<>(Long.class, BigDecimal::longValueExact, "a Java long"));
        module.addDeserializer(Integer.class, new Whole<>(Integer.class, BigDecimal::intValueExact, "a Java int"));
        module.addDeserializer(BigInteger.class, new Whole<>(BigInteger.class, BigDecimal::toBigIntegerExact, "a BigInteger"));
        module.addDeserializer(Double.class, new FiniteDouble());
        return mapper.registerModules(module, ConnspecPresence.module());
    }

    /** Reads a schema default (or any JSON text) into {@code type}; a bad text is a programming error. */
    public static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("connspec: cannot read " + json, e);
        }
    }

    /**
     * Equality of two values as JSON: numbers by value (1 equals 1.0), lists and maps item by item; a
     * model (whose own equals compares its fields as Java does, 1 unlike 1.0) compares as the JSON it writes.
     */
    public static boolean sameJson(Object a, Object b) {
        if (isModel(a) || isModel(b)) {
            return sameJson(isModel(a) ? MAPPER.convertValue(a, Object.class) : a, isModel(b) ? MAPPER.convertValue(b, Object.class) : b);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return decimal(x).compareTo(decimal(y)) == 0;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            Iterator<?> i = y.iterator();
            for (Object item : x) {
                if (!sameJson(item, i.next())) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            for (Map.Entry<?, ?> entry : x.entrySet()) {
                if (!sameJson(entry.getValue(), y.get(entry.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    /** Not a plain JSON value (null, a string, boolean, number, list or map): a generated model, enum or union. */
    private static boolean isModel(Object value) {
        return value != null && !(value instanceof String || value instanceof Boolean || value instanceof Number || value instanceof List<?> || value instanceof Map<?, ?>);
    }

    /** A number as an exact decimal. */
    public static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        return new BigDecimal(n.toString());
    }

    /** A number as a double; one beyond the range of a double is an error, never infinity. */
    public static double finite(Number n) {
        double value = n.doubleValue();
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("connspec: " + n + " is beyond the range of a Java double");
        }
        return value;
    }

    /** A value as JSON text, for error messages. */
    public static String describe(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    /** A JSON number that is whole (12, 12.0, 1.2e1) as a BigDecimal with no fraction, else null. */
    private static BigDecimal whole(JsonParser p) throws IOException {
        BigDecimal value = p.getDecimalValue();
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0 ? value : null;
    }

    /**
     * JSON Schema's integer read into {@code type}: any whole number, 1.0 included (and 1e20 where the
     * type holds it); 1.5 is an error, never truncated, and so is a number beyond the type's range.
     */
    private static final class Whole<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final Class<T> type;
        private final transient Function<BigDecimal, T> exact;
        private final String range;

        /** {@code exact} converts a whole decimal, throwing ArithmeticException beyond {@code range}. */
        Whole(Class<T> type, Function<BigDecimal, T> exact, String range) {
            super(type);
            this.type = type;
            this.exact = exact;
            this.range = range;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_NUMBER_INT) && !p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                return type.cast(context.handleUnexpectedToken(type, p));
            }
            BigDecimal value = whole(p);
            if (value == null) {
                return type.cast(context.handleWeirdNumberValue(type, p.getNumberValue(), "not a whole number"));
            }
            try {
                return exact.apply(value);
            } catch (ArithmeticException e) {
                return type.cast(context.handleWeirdNumberValue(type, p.getNumberValue(), "out of range of " + range));
            }
        }
    }

    /** A double read from a JSON number; one beyond the range of a double is an error, never infinity. */
    private static final class FiniteDouble extends StdScalarDeserializer<Double> {
        private static final long serialVersionUID = 1L;

        FiniteDouble() {
            super(Double.class);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                double value = p.getDoubleValue();
                if (Double.isFinite(value)) {
                    return value;
                }
                return (Double) context.handleWeirdNumberValue(Double.class, p.getNumberValue(), "beyond the range of a Java double");
            }
            return (Double) context.handleUnexpectedToken(Double.class, p);
        }
    }
}
