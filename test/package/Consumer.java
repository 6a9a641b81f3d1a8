package consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connspec.fixtures.Fixtures;
import dev.connspec.schema.ConnspecJson;
import dev.connspec.schema.services.connections.database.MysqlConnection;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A connector author's use of the packaged models, from a fresh Maven project: every Mysql fixture
 * shipped in the jar read with Jackson (the models' own mapper) and checked with Bean Validation.
 * Prints {"accepted": [files], "rejected": [files], "wrong": [files whose verdict is not the manifest's]}.
 */
public final class Consumer {
    private Consumer() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper mapper = ConnspecJson.newMapper();
        List<String> accepted = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            for (Fixtures.Entry entry : Fixtures.entries("Mysql")) {
                boolean ok;
                try {
                    MysqlConnection value = mapper.treeToValue(Fixtures.json(entry), MysqlConnection.class);
                    ok = validator.validate(value).isEmpty();
                } catch (IOException e) {
                    ok = false;
                }
                (ok ? accepted : rejected).add(entry.file());
                if (ok != entry.valid()) {
                    wrong.add(entry.file());
                }
            }
        }
        System.out.println(new ObjectMapper().writeValueAsString(java.util.Map.of("accepted", accepted, "rejected", rejected, "wrong", wrong)));
    }
}
