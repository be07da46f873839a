package dev.uapi.dispatcher.cli;

import dev.uapi.spi.Arguments;
import java.util.List;
import java.util.Map;

/** Turns the command line's {@code key=value} words (and an optional JSON object) into arguments. */
final class CallWords {

    private CallWords() {
    }

    /**
     * @param json the object read with {@code --input=json}, or null; its keys come first
     * @param words the {@code key=value} words, URI-decoded here; a repeated key becomes {@code k-0}, ...
     * @throws IllegalArgumentException for a word without {@code =}, an empty key or a bad escape
     */
    static Arguments arguments(Map<String, Object> json, List<String> words) {
        Arguments.Builder builder = Arguments.builder();
        if (json != null) {
            json.forEach(builder::add);
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            int equals = word.indexOf('=');
            if (equals <= 0) {
                // the word is not echoed: it may be a secret typed without its key
                throw new IllegalArgumentException("Argument " + (i + 1)
                        + " after the function name is not of the form key=value.");
            }
            String key = PercentDecoder.decode("key of an argument", word.substring(0, equals));
            builder.add(key, PercentDecoder.decode("value of “" + key + "”", word.substring(equals + 1)));
        }
        return builder.build();
    }
}
