package dev.uapi.dispatcher.cli;

import dev.uapi.dispatcher.input.InvalidJsonArguments;
import dev.uapi.dispatcher.input.JsonObjectArguments;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** Reads {@code --input=json}: one JSON object of arguments on standard input. */
final class JsonInput {

    private JsonInput() {
    }

    /**
     * @throws IllegalArgumentException when the input is empty, not JSON or not one object; the message never
     *     quotes the input
     */
    static Map<String, Object> read(InputStream in) {
        byte[] json;
        try {
            json = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalArgumentException("Standard input cannot be read: " + e.getMessage());
        }
        try {
            return JsonObjectArguments.read(json);
        } catch (InvalidJsonArguments e) {
            throw new IllegalArgumentException(switch (e.problem()) {
                case EMPTY -> "With --input=json, standard input must hold one JSON object; it is empty.";
                case NOT_JSON -> "Standard input is not valid JSON (" + e.detail() + ").";
                case OVER_LIMIT -> "The JSON object on standard input is over a limit: " + e.detail() + ".";
                case NOT_AN_OBJECT -> "With --input=json, standard input must hold one JSON object, not "
                        + e.detail() + ".";
            });
        }
    }
}
