import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which properties of a model are set: read from JSON, or given through a setter. With the
 * {@link ConnspecJson} mapper a model writes exactly these, so an absent property stays absent (its
 * field still holds the schema default) and an explicit {@code null} stays {@code null}. A setter
 * given {@code null} unsets a property whose schema does not allow null; {@link #clear(String)}
 * unsets any. A default list or map changed in place is not set: pass it to the setter.
 */
public final class ConnspecPresence {
    private final Set<String> names = new HashSet<>();

    /** Whether the property (by its JSON name) is set. */
    public boolean has(String property) {
        return names.contains(property);
    }

    /** Marks the property (by its JSON name) as set. */
    public void set(String property) {
        names.add(property);
    }

    /** Marks the property (by its JSON name) as absent: it is left out of JSON output. */
    public void clear(String property) {
        names.remove(property);
    }

    /** Sets the property when {@code present}, else clears it. */
    public void set(String property, boolean present) {
        if (present) {
            names.add(property);
        } else {
            names.remove(property);
        }
    }

    /** Makes this presence the same as {@code source}'s. */
    public void copy(ConnspecPresence source) {
        names.clear();
        names.addAll(source.names);
    }

    /** A generated model: it keeps its presence. */
    public interface Tracked {
        /** Which of this model's properties are set. */
        ConnspecPresence connspecPresence();
    }

    /** The Jackson module {@link ConnspecJson#configure} registers: reading marks properties set, writing writes only those. */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("connspec-presence");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription bean, BeanDeserializerBuilder builder) {
                if (Tracked.class.isAssignableFrom(bean.getBeanClass())) {
                    List<SettableBeanProperty> properties = new ArrayList<>();
                    builder.getProperties().forEachRemaining(properties::add);
                    for (SettableBeanProperty property : properties) {
                        builder.addOrReplaceProperty(new Marking(property), true);
                    }
                }
                return builder;
            }
        });
        module.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription bean, List<BeanPropertyWriter> writers) {
                if (!Tracked.class.isAssignableFrom(bean.getBeanClass())) {
                    return writers;
                }
                List<BeanPropertyWriter> out = new ArrayList<>();
                for (BeanPropertyWriter writer : writers) {
                    out.add(new PresentOnly(writer));
                }
                return out;
            }
        });
        return module;
    }

    private static void mark(Object bean, String property) {
        if (bean instanceof Tracked tracked) {
            tracked.connspecPresence().set(property);
        }
    }

    /** Reads a property as Jackson would, then marks it set (an explicit null included). */
    private static final class Marking extends SettableBeanProperty.Delegating {
        private static final long serialVersionUID = 1L;

        Marking(SettableBeanProperty delegate) {
            super(delegate);
        }

        @Override
        protected SettableBeanProperty withDelegate(SettableBeanProperty delegate) {
            return new Marking(delegate);
        }

        @Override
        public void deserializeAndSet(JsonParser p, DeserializationContext context, Object instance) throws IOException {
            delegate.deserializeAndSet(p, context, instance);
            mark(instance, getName());
        }

        @Override
        public Object deserializeSetAndReturn(JsonParser p, DeserializationContext context, Object instance) throws IOException {
            Object out = delegate.deserializeSetAndReturn(p, context, instance);
            mark(instance, getName());
            return out;
        }

        @Override
        public void set(Object instance, Object value) throws IOException {
            delegate.set(instance, value);
            mark(instance, getName());
        }

        @Override
        public Object setAndReturn(Object instance, Object value) throws IOException {
            Object out = delegate.setAndReturn(instance, value);
            mark(instance, getName());
            return out;
        }
    }

    /** Writes a property only when it is set, and then writes a null too (the class's NON_NULL is for other mappers). */
    private static final class PresentOnly extends BeanPropertyWriter {
        private static final long serialVersionUID = 1L;

        PresentOnly(BeanPropertyWriter base) {
            super(base);
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider provider) throws Exception {
            if (bean instanceof Tracked tracked && !tracked.connspecPresence().has(getName())) {
                return;
            }
            if (get(bean) == null) {
                gen.writeFieldName(_name);
                gen.writeNull();
                return;
            }
            super.serializeAsField(bean, gen, provider);
        }
    }
}
