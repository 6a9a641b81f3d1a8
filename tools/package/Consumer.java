package consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connspec.fixtures.Fixtures;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A connector author's use of a packaged models jar, from a fresh Maven project: every fixture of a
 * connection type shipped in the jar read with Jackson (the models' own mapper) and checked with Bean
 * Validation, and the full valid fixture's secrets never shown by toString().
 *
 * <p>{@code java consumer.Consumer <type tag> <model class> <mapper class with newMapper()>}; prints
 * {"accepted": n, "rejected": n, "wrong": [files], "problems": [sentences]}.
 */
public final class Consumer {
    private Consumer() {
    }

    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        Class<?> model = Class.forName(args[1]);
        ObjectMapper mapper = (ObjectMapper) Class.forName(args[2]).getMethod("newMapper").invoke(null);
        int accepted = 0;
        int rejected = 0;
        List<String> wrong = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            for (Fixtures.Entry entry : Fixtures.entries(args[0])) {
                Object value = null;
                try {
                    value = mapper.treeToValue(Fixtures.json(entry), model);
                } catch (IOException e) {
                    value = null;
                }
                boolean ok = value != null && validator.validate(value).isEmpty();
                if (ok) {
                    accepted++;
                } else {
                    rejected++;
                }
                if (ok != entry.valid()) {
                    wrong.add(entry.file());
                }
                if (ok && entry.file().equals("valid/full.json")) {
                    String shown = value.toString();
                    List<String> secrets = new ArrayList<>();
                    secrets(Fixtures.json(entry), secrets);
                    if (secrets.isEmpty()) {
                        problems.add("the full fixture holds no secret to check");
                    }
                    for (String secret : secrets) {
                        if (shown.contains(secret)) {
                            problems.add("toString() shows the secret " + secret);
                        }
                    }
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("accepted", accepted);
        out.put("rejected", rejected);
        out.put("wrong", wrong);
        out.put("problems", problems);
        System.out.println(new ObjectMapper().writeValueAsString(out));
    }

    /** The fixtures' secret values (`<secret:name>`), anywhere in a config. */
    private static void secrets(JsonNode node, List<String> out) {
        if (node.isTextual() && node.asText().startsWith("<secret:")) {
            out.add(node.asText());
        }
        node.forEach(child -> secrets(child, out));
    }
}
