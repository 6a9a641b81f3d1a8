package contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connspec.schema.ConnspecJson;
import dev.connspec.schema.nulls.Numbers;
import dev.connspec.schema.nulls.Presence;
import dev.connspec.schema.nulls.PresenceNullableObject;
import dev.connspec.schema.nulls.Secrets;
import dev.connspec.schema.nulls.common.Point;

/** The serialisation contract through the Java API: prints one "name<TAB>result" line per case. */
public final class Contract {
    private Contract() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = ConnspecJson.newMapper();
        print("new", mapper.writeValueAsString(new Presence()));
        print("default-getter", new Presence().getWithDefault());
        print("nullable-set-null", mapper.writeValueAsString(new Presence().withNullableString(null)));
        print("plain-set-then-null", mapper.writeValueAsString(new Presence().withPlainString("a").withPlainString(null)));
        print("default-set", mapper.writeValueAsString(new Presence().withWithDefault("fallback")));
        Presence read = mapper.readValue("{\"nullableString\": null, \"plainString\": \"s\"}", Presence.class);
        read.connspecPresence().clear("nullableString");
        print("read-then-clear", mapper.writeValueAsString(read));
        print("plain-mapper", new ObjectMapper().writeValueAsString(new Presence()));
        print("union-branch-copy", mapper.writeValueAsString(PresenceNullableObject.of(new Point().withLabel(null))));
        print("untyped-exact", mapper.writeValueAsString(mapper.readValue("{\"anything\": [1e400, 0.1]}", Numbers.class)));
        String secrets = "{\"passwords\": [\"pw-1\"], \"secretValues\": {\"a\": \"pw-2\"}, \"secretOrPin\": \"pw-3\", \"maskedChoice\": 7, \"maskedText\": \"m\", \"maskedItems\": [[\"m\"]], \"maskedValues\": {\"k\": \"m\"}}";
        print("toString", mapper.readValue(secrets, Secrets.class).toString());
    }

    private static void print(String name, String result) {
        System.out.println(name + "\t" + result);
    }
}
