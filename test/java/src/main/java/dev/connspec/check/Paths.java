package dev.connspec.check;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Error places as JSON pointers into the document that was read, whatever Java calls the fields. */
final class Paths {
    private Paths() {
    }

    /** Jackson's path already uses JSON names and indexes. */
    static String jacksonPointer(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            out.append('/').append(escape(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex())));
        }
        return out.toString();
    }

    /**
     * Bean Validation's path uses Java field names; this walks the object graph along it and writes
     * each field's {@code @JsonProperty} name. The extras map and a union branch's held value add no level.
     */
    static String beanPointer(Object root, Path path) {
        StringBuilder out = new StringBuilder();
        Object current = root;
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
                out.append('/').append(escape(String.valueOf(key)));
                current = element(current, node);
            }
            if (node.getKind() != ElementKind.PROPERTY || node.getName() == null) {
                continue;
            }
            Field field = current == null ? null : field(current.getClass(), node.getName());
            if (field == null) {
                out.append('/').append(escape(node.getName()));
                current = null;
                continue;
            }
            JsonProperty json = field.getAnnotation(JsonProperty.class);
            if (json != null) {
                out.append('/').append(escape(json.value()));
            } else if (!wrapper(current.getClass()) && !Map.class.isAssignableFrom(field.getType())) {
                out.append('/').append(escape(node.getName()));
            }
            current = read(field, current);
        }
        return out.toString();
    }

    /** A union branch that holds a bare value: it reads and writes as that value ({@code @JsonValue}). */
    private static boolean wrapper(Class<?> type) {
        for (Method method : type.getDeclaredMethods()) {
            if (method.isAnnotationPresent(JsonValue.class)) {
                return true;
            }
        }
        return false;
    }

    private static Object element(Object container, Path.Node node) {
        if (container instanceof List<?> list && node.getIndex() != null) {
            return list.get(node.getIndex());
        }
        if (container instanceof Map<?, ?> map) {
            return map.get(node.getKey());
        }
        if (container instanceof Iterable<?> items && node.getIndex() != null) {
            Iterator<?> i = items.iterator();
            for (int k = 0; k < node.getIndex() && i.hasNext(); k++) {
                i.next();
            }
            return i.hasNext() ? i.next() : null;
        }
        return null;
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // keep looking in the superclass
            }
        }
        return null;
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
