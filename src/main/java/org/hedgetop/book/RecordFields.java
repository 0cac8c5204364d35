package org.hedgetop.book;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads and replaces one component of a domain record by its YAML key ({@code target_pct} is component
 * {@code targetPct}). One generic path for every scalar keeps the editor in step with the records: a new
 * scalar field of Hedge or Settings becomes editable without touching the writer.
 */
final class RecordFields {
    private RecordFields() {
    }

    /** YAML keys of the scalar components of {@code type}, in declaration order, minus {@code skipped} components. */
    static List<String> keys(Class<? extends Record> type, Set<String> skipped) {
        List<String> keys = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (!skipped.contains(c.getName())) {
                keys.add(snake(c.getName()));
            }
        }
        return keys;
    }

    /** The value of the component for {@code key}, unwrapped: empty when an optional is empty. */
    static Optional<Object> get(Record record, String key) {
        RecordComponent c = component(record.getClass(), key);
        try {
            return unwrap(c.getAccessor().invoke(record));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + key + " of " + record.getClass().getSimpleName(), e);
        }
    }

    /** A copy of {@code record} with the component for {@code key} set to {@code value} (empty clears an optional). */
    static <R extends Record> R with(R record, String key, Optional<Object> value) throws BookEditException {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = snake(components[i].getName()).equals(key) ? wrap(components[i], key, value)
                        : components[i].getAccessor().invoke(record);
            }
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            @SuppressWarnings("unchecked")
            R copy = (R) canonical.newInstance(args);
            return copy;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot set " + key + " of " + record.getClass().getSimpleName(), e);
        }
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static RecordComponent component(Class<?> type, String key) {
        return Arrays.stream(type.getRecordComponents()).filter(c -> snake(c.getName()).equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type.getSimpleName() + " has no field " + key));
    }

    static Optional<Object> unwrap(Object raw) {
        if (raw instanceof Optional<?> o) {
            return o.map(v -> v);
        }
        if (raw instanceof OptionalDouble d) {
            return d.isPresent() ? Optional.of(d.getAsDouble()) : Optional.empty();
        }
        if (raw instanceof OptionalInt i) {
            return i.isPresent() ? Optional.of(i.getAsInt()) : Optional.empty();
        }
        if (raw instanceof OptionalLong l) {
            return l.isPresent() ? Optional.of(l.getAsLong()) : Optional.empty();
        }
        return Optional.ofNullable(raw);
    }

    private static Object wrap(RecordComponent c, String key, Optional<Object> value) throws BookEditException {
        Class<?> t = c.getType();
        if (t == Optional.class) {
            return value;
        }
        if (t == OptionalDouble.class) {
            return value.isPresent() ? OptionalDouble.of(((Number) value.get()).doubleValue()) : OptionalDouble.empty();
        }
        if (t == OptionalInt.class) {
            return value.isPresent() ? OptionalInt.of(((Number) value.get()).intValue()) : OptionalInt.empty();
        }
        if (t == OptionalLong.class) {
            return value.isPresent() ? OptionalLong.of(((Number) value.get()).longValue()) : OptionalLong.empty();
        }
        Object v = value.orElseThrow(() -> new BookEditException(key + " cannot be removed: it is required"));
        if (t == double.class) {
            return ((Number) v).doubleValue();
        }
        if (t == long.class) {
            return ((Number) v).longValue();
        }
        if (t == int.class) {
            return ((Number) v).intValue();
        }
        return v;
    }
}
