package dev.connspec.check;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads sample configs into connspec's generated Java models and reports, as JSON on stdout, what
 * happened to each: accepted (with the value written back out, and whether reading that back gives an
 * equal object) or rejected (with every error's place as a JSON pointer into the sample).
 *
 * <p>Job file: {@code {"mapper": "<class with newMapper()>", "cases": [{"id", "class", "file"}],
 * "patterns": [{"regex", "inputs": [...]}], "fixtures": [{"loader", "class", "type"}]}}. Every list is optional. A case whose model cannot be run
 * (an exception other than Jackson's mapping errors) gets {@code "crashed"} instead of a verdict.
 */
public final class Runner {
    private Runner() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: Runner <job.json>");
            System.exit(2);
        }
        ObjectMapper plain = new ObjectMapper();
        JsonNode job = plain.readTree(new File(args[0]));
        ObjectMapper mapper = mapper(job.path("mapper").asText("dev.connspec.schema.ConnspecJson"));
        ObjectNode out = plain.createObjectNode();
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            ArrayNode cases = out.putArray("cases");
            for (JsonNode c : job.path("cases")) {
                try {
                    cases.add(runCase(mapper, validator, c));
                } catch (IOException | ReflectiveOperationException | RuntimeException e) {
                    // No verdict: the model could not even be run on this case; reported as "crashed".
                    cases.addObject().put("id", c.path("id").asText()).put("accepted", false).put("crashed", e.toString());
                }
            }
        }
        ArrayNode fixtures = out.putArray("fixtures");
        for (JsonNode f : job.path("fixtures")) {
            fixtures.add(runFixtures(plain, f));
        }
        ArrayNode patterns = out.putArray("patterns");
        for (JsonNode p : job.path("patterns")) {
            patterns.add(runPattern(plain, p));
        }
        System.out.println(plain.writerWithDefaultPrettyPrinter().writeValueAsString(out));
    }

    private static ObjectMapper mapper(String factory) throws ReflectiveOperationException {
        return (ObjectMapper) Class.forName(factory).getMethod("newMapper").invoke(null);
    }

    private static ObjectNode runCase(ObjectMapper mapper, Validator validator, JsonNode c) throws IOException, ClassNotFoundException {
        ObjectNode result = mapper.createObjectNode();
        result.put("id", c.path("id").asText());
        Class<?> type = Class.forName(c.path("class").asText());
        ArrayNode errors = result.putArray("errors");
        Object value;
        try {
            value = mapper.readValue(new File(c.path("file").asText()), type);
        } catch (JsonMappingException e) {
            errors.addObject().put("path", Paths.jacksonPointer(e)).put("message", e.getOriginalMessage()).put("source", "jackson");
            result.put("accepted", false);
            return result;
        }
        List<ConstraintViolation<Object>> violations = new ArrayList<>(validator.validate(value));
        violations.sort(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()).thenComparing(ConstraintViolation::getMessage));
        for (ConstraintViolation<Object> v : violations) {
            errors.addObject()
                .put("path", Paths.beanPointer(value, v.getPropertyPath()))
                .put("message", v.getMessage())
                .put("javaPath", v.getPropertyPath().toString())
                .put("source", "validation");
        }
        result.put("accepted", violations.isEmpty());
        JsonNode written = mapper.valueToTree(value);
        result.set("output", written);
        // Every property as its getter reads it (defaults included): a mapper without ConnspecJson's presence module writes them all.
        result.set("read", READ.valueToTree(value));
        result.put("stable", mapper.treeToValue(written, type).equals(value));
        result.put("toString", value.toString());
        String text = mapper.writeValueAsString(value);
        result.put("written", text);
        result.put("exact", sameJson(EXACT.readTree(text), EXACT.readTree(new File(c.path("file").asText()))));
        return result;
    }

    private static final ObjectMapper READ = new ObjectMapper();

    /** Reads numbers exactly (BigInteger, BigDecimal), to compare what a model wrote with its input. */
    private static final ObjectMapper EXACT = new ObjectMapper()
        .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    /** Equal as JSON values: numbers by value (1 == 1.0), objects whatever their key order. */
    private static boolean sameJson(JsonNode a, JsonNode b) {
        return a.equals((x, y) -> x.isNumber() && y.isNumber() ? x.decimalValue().compareTo(y.decimalValue()) : x.equals(y) ? 0 : 1, b);
    }

    /**
     * Loads a connection's valid fixtures through the generated loader ({@code <loader>.valid(Class, type)})
     * and runs Bean Validation on each: {@code {"type", "count", "classes", "violations"}}.
     */
    private static ObjectNode runFixtures(ObjectMapper plain, JsonNode f) throws ReflectiveOperationException {
        Class<?> model = Class.forName(f.path("class").asText());
        Object loaded = Class.forName(f.path("loader").asText()).getMethod("valid", Class.class, String.class).invoke(null, model, f.path("type").asText());
        List<?> values = (List<?>) loaded;
        ObjectNode result = plain.createObjectNode().put("type", f.path("type").asText()).put("count", values.size());
        ArrayNode classes = result.putArray("classes");
        ArrayNode violations = result.putArray("violations");
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            for (Object value : values) {
                classes.add(value.getClass().getName());
                for (ConstraintViolation<Object> v : validator.validate(value)) {
                    violations.add(v.getPropertyPath() + ": " + v.getMessage());
                }
            }
        }
        return result;
    }

    private static ArrayNode runPattern(ObjectMapper plain, JsonNode p) {
        ArrayNode results = plain.createArrayNode();
        Matcher matcher;
        try {
            matcher = Pattern.compile(p.path("regex").asText()).matcher("");
        } catch (PatternSyntaxException e) {
            results.add("compile error: " + e.getDescription());
            return results;
        }
        for (JsonNode input : p.path("inputs")) {
            results.add(matcher.reset(input.asText()).matches());
        }
        return results;
    }
}
