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
        module.addDeserializer(Long.class, new WholeLong());
        module.addDeserializer(Integer.class, new WholeInteger());
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

    /** Equality of two values as JSON: numbers by value (1 equals 1.0), lists and maps item by item. */
    public static boolean sameJson(Object a, Object b) {
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

    /** JSON Schema's integer: any whole number, 1.0 included; 1.5 is an error, never truncated. */
    private static final class WholeLong extends StdScalarDeserializer<Long> {
        private static final long serialVersionUID = 1L;

        WholeLong() {
            super(Long.class);
        }

        @Override
        public Long deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                BigDecimal value = whole(p);
                try {
                    if (value != null) {
                        return value.longValueExact();
                    }
                } catch (ArithmeticException e) {
                    return (Long) context.handleWeirdNumberValue(Long.class, p.getNumberValue(), "out of range of a Java long");
                }
                return (Long) context.handleWeirdNumberValue(Long.class, p.getNumberValue(), "not a whole number");
            }
            return (Long) context.handleUnexpectedToken(Long.class, p);
        }
    }

    /** {@link WholeLong} for fields bounded to the int range. */
    private static final class WholeInteger extends StdScalarDeserializer<Integer> {
        private static final long serialVersionUID = 1L;

        WholeInteger() {
            super(Integer.class);
        }

        @Override
        public Integer deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                BigDecimal value = whole(p);
                try {
                    if (value != null) {
                        return value.intValueExact();
                    }
                } catch (ArithmeticException e) {
                    return (Integer) context.handleWeirdNumberValue(Integer.class, p.getNumberValue(), "out of range of a Java int");
                }
                return (Integer) context.handleWeirdNumberValue(Integer.class, p.getNumberValue(), "not a whole number");
            }
            return (Integer) context.handleUnexpectedToken(Integer.class, p);
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
