package dev.uapi.spi;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a successful call of a function returns as {@code data}: an object, a list of records, one value, or
 * nothing. Declared on {@link FunctionDeclaration.Builder#returns}; {@code /openapi.json} and the reference
 * pages show it, and the test kit checks every successful answer against it, naming the path of a value that
 * does not fit ({@code data[0].create_time is a String; declared INTEGER}).
 *
 * <pre>{@code
 * .returns(Returns.listOf(
 *         Field.of("name", FieldType.STRING, "The token's name."),
 *         Field.nullable("expires_at", FieldType.UNIX_TIME, "When it stops working; null for never.")))
 * }</pre>
 *
 * <p>An object or record has exactly the declared members: one the declaration does not name fails the kit,
 * so that a client can trust the list. A failed call's {@code data} is not checked.
 *
 * @param shape the shape of {@code data}
 * @param fields the members of the object or of each record; empty for {@link Shape#VALUE} and
 *     {@link Shape#NOTHING}
 * @param valueType the type of the one value of {@link Shape#VALUE}; null for the other shapes
 * @param description what the data means, for the reference pages; may be empty
 */
public record Returns(Shape shape, List<Field> fields, FieldType valueType, String description) {

    /** The shapes {@code data} can take. */
    public enum Shape {
        /** One JSON object with the declared fields. */
        OBJECT,
        /** A JSON array of objects with the declared fields; the dispatcher's {@code api.*} transforms apply. */
        LIST,
        /** One value of {@link Returns#valueType()}. */
        VALUE,
        /** {@code null}. */
        NOTHING
    }

    /** Checks the parts against the shape and copies the fields. */
    public Returns {
        requireNonNull(shape, "shape is null");
        fields = List.copyOf(fields);
        requireNonNull(description, "description is null");
        boolean withFields = shape == Shape.OBJECT || shape == Shape.LIST;
        if (!withFields && !fields.isEmpty()) {
            throw new IllegalArgumentException(shape + " data has no fields");
        }
        if ((shape == Shape.VALUE) != (valueType != null)) {
            throw new IllegalArgumentException("a value type goes with VALUE data only");
        }
        Set<String> names = new HashSet<>();
        for (Field field : fields) {
            if (!names.add(field.name())) {
                throw new IllegalArgumentException("the field “" + field.name() + "” is declared twice");
            }
        }
    }

    /** One object with these members. */
    public static Returns object(Field... fields) {
        return new Returns(Shape.OBJECT, List.of(fields), null, "");
    }

    /** A list of records, each with these members. */
    public static Returns listOf(Field... fields) {
        return new Returns(Shape.LIST, List.of(fields), null, "");
    }

    /** One value of a type, described. */
    public static Returns value(FieldType type, String description) {
        return new Returns(Shape.VALUE, List.of(), requireNonNull(type, "type is null"), description);
    }

    /** {@code null}: the function answers only with its status. */
    public static Returns nothing() {
        return new Returns(Shape.NOTHING, List.of(), null, "");
    }

    /** The same declaration with a description of the data as a whole. */
    public Returns described(String description) {
        return new Returns(shape, fields, valueType, description);
    }
}
