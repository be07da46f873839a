package dev.uapi.testkit;

import dev.uapi.spi.Field;
import dev.uapi.spi.FieldType;
import dev.uapi.spi.Returns;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a successful answer's {@code data} is what the function declares in {@link Returns}; the first
 * difference is worded with the path of the value ({@code data[2].expires_at}), what it is, and what was
 * declared.
 */
final class DeclaredData {

    private DeclaredData() {
    }

    /** The first way {@code data} differs from {@code returns}, or empty when it fits. */
    static Optional<String> problem(Returns returns, Object data) {
        return switch (returns.shape()) {
            case OBJECT -> object("data", returns.fields(), data);
            case LIST -> list(returns.fields(), data);
            case VALUE -> value("data", returns.valueType(), data);
            case NOTHING -> data == null ? Optional.empty()
                    : Optional.of("data is " + what(data) + "; declared Returns.nothing(), which is null");
        };
    }

    private static Optional<String> list(List<Field> fields, Object data) {
        if (!(data instanceof List<?> records)) {
            return Optional.of("data is " + what(data) + "; declared a list of records (Returns.listOf)");
        }
        for (int i = 0; i < records.size(); i++) {
            Optional<String> problem = object("data[" + i + "]", fields, records.get(i));
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> object(String path, List<Field> fields, Object value) {
        Map<String, Object> members = members(value);
        if (members == null) {
            return Optional.of(path + " is " + what(value) + "; declared an object with text keys");
        }
        for (Field field : fields) {
            String at = path + "." + field.name();
            if (!members.containsKey(field.name())) {
                if (field.required()) {
                    return Optional.of(at + " is missing; it is declared in every answer (Field.optional"
                            + " declares a member some answers leave out)");
                }
                continue;
            }
            Object member = members.get(field.name());
            if (member == null) {
                if (!field.nullable()) {
                    return Optional.of(at + " is null; it is declared not null (Field.nullable allows null)");
                }
                continue;
            }
            Optional<String> problem = value(at, field.type(), member);
            if (problem.isPresent()) {
                return problem;
            }
        }
        for (String name : members.keySet()) {
            if (fields.stream().noneMatch(field -> field.name().equals(name))) {
                return Optional.of(path + "." + name + " is not declared; declare it with a Field, so that"
                        + " clients and the reference pages know it");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> value(String path, FieldType type, Object value) {
        if (value != null && fits(type, value)) {
            return Optional.empty();
        }
        String hint = type == FieldType.BOOLEAN && value instanceof Boolean ? "; the contract's booleans are 1 or 0"
                : "";
        return Optional.of(path + " is " + what(value) + "; declared " + type + hint);
    }

    private static boolean fits(FieldType type, Object value) {
        return switch (type) {
            case STRING -> value instanceof String;
            case INTEGER -> isWhole(value);
            case NUMBER -> value instanceof Number;
            case BOOLEAN -> isWhole(value) && (((Number) value).longValue() == 0 || ((Number) value).longValue() == 1);
            case UNIX_TIME -> isWhole(value) && new BigDecimal(value.toString()).signum() >= 0;
            case OBJECT -> members(value) != null;
            case ARRAY -> value instanceof List;
        };
    }

    private static boolean isWhole(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger
                || value instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0;
    }

    // a Map with text keys, or a record's components by name; null for anything else
    private static Map<String, Object> members(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> members = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    return null;
                }
                members.put(key, entry.getValue());
            }
            return members;
        }
        if (value instanceof Record record) {
            return components(record);
        }
        return null;
    }

    private static Map<String, Object> components(Record record) {
        Map<String, Object> members = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                component.getAccessor().setAccessible(true);
                members.put(component.getName(), component.getAccessor().invoke(record));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
        return members;
    }

    private static String what(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return "a " + value.getClass().getSimpleName() + " (" + Rendering.abbreviate(Rendering.of(value)) + ")";
        }
        return "a " + value.getClass().getName();
    }
}
