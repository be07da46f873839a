package dev.uapi.dispatcher.server;

import dev.uapi.dispatcher.input.InvalidJsonArguments;
import dev.uapi.dispatcher.input.JsonObjectArguments;
import dev.uapi.spi.Arguments;

/** A JSON request body's members, added to a call's arguments after the query string's. */
final class JsonBody {

    /**
     * Adds the body's members.
     *
     * @throws HttpFailure 400 when the body is empty, not JSON, over a limit of {@code JsonLimits}, or its top
     *     level is not an object
     */
    void addMembers(byte[] body, Arguments.Builder arguments) {
        try {
            JsonObjectArguments.read(body).forEach(arguments::add);
        } catch (InvalidJsonArguments e) {
            throw HttpFailure.of(400, switch (e.problem()) {
                case EMPTY -> "The JSON request body is empty.";
                case NOT_JSON -> "The request body is not valid JSON (" + e.detail() + ").";
                case OVER_LIMIT -> "The JSON request body is over a limit: " + e.detail() + ".";
                case NOT_AN_OBJECT -> "The JSON request body must be an object, not " + e.detail() + ".";
            });
        }
    }
}
