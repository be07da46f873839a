package dev.uapi.twofactor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Reads the RFC vectors copied from {@code shared/vectors} into the test resources. */
final class RfcVectors {

    private RfcVectors() {
    }

    /**
     * The rows of a CSV file: comment lines ({@code #}) skipped, the first other line naming the columns.
     * Values hold no commas.
     */
    static List<Map<String, String>> rows(String file) {
        String path = "/vectors/" + file;
        try (InputStream in = RfcVectors.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = reader.lines().filter(line -> !line.startsWith("#")).toList();
            List<String> columns = Arrays.asList(lines.get(0).split(",", -1));
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] values = line.split(",", -1);
                rows.add(IntStream.range(0, columns.size()).boxed()
                        .collect(Collectors.toMap(columns::get, i -> values[i])));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
