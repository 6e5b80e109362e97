package io.kawat.enrich.internal.resource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the analyzer's bundled data files from the class path. */
public final class ResourceFiles {

    /** Base of the bundled data, beside this class's package. */
    public static final String BASE = "/io/kawat/enrich/";

    private ResourceFiles() {}

    /** Opens a bundled file; fails loudly when it is missing, because the analyzer cannot work without it. */
    public static InputStream open(String relativePath) {
        InputStream in = ResourceFiles.class.getResourceAsStream(BASE + relativePath);
        if (in == null) {
            throw new IllegalStateException("missing bundled data file " + BASE + relativePath);
        }
        return in;
    }

    /** Non-blank lines of a bundled UTF-8 text file, without '#' comment lines. */
    public static List<String> lines(String relativePath) {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(open(relativePath), StandardCharsets.UTF_8))) {
            List<String> out = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled data file " + relativePath, e);
        }
    }
}
