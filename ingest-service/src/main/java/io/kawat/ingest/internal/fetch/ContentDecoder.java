package io.kawat.ingest.internal.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/** Undoes gzip and deflate Content-Encodings, refusing any output past a cap (gzip bombs). */
final class ContentDecoder {
    private static final int BUFFER = 8192;

    private ContentDecoder() {}

    /** Decodes {@code body} by the codings of {@code contentEncoding}, last applied first undone. */
    static byte[] decode(byte[] body, String contentEncoding, long cap) throws FetchException {
        List<String> codings = new ArrayList<>();
        for (String part : contentEncoding.split(",")) {
            String coding = part.strip().toLowerCase(Locale.ROOT);
            if (!coding.isEmpty() && !coding.equals("identity")) {
                codings.add(coding);
            }
        }
        byte[] data = body;
        for (int i = codings.size() - 1; i >= 0; i--) {
            data = decodeOne(data, codings.get(i), cap);
        }
        return data;
    }

    private static byte[] decodeOne(byte[] data, String coding, long cap) throws FetchException {
        try {
            switch (coding) {
                case "gzip", "x-gzip" -> {
                    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data), BUFFER)) {
                        return readCapped(in, cap, data.length, coding);
                    }
                }
                case "deflate" -> {
                    return inflate(data, cap);
                }
                default ->
                    throw new FetchException(
                            FetchError.KWT_1014_BAD_ENCODING, "unsupported Content-Encoding '" + coding + "'");
            }
        } catch (IOException e) {
            throw new FetchException(
                    FetchError.KWT_1014_BAD_ENCODING,
                    "corrupt " + coding + " body: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** "deflate" is meant to be zlib-wrapped, but some servers send raw deflate: accept both. */
    private static byte[] inflate(byte[] data, long cap) throws IOException, FetchException {
        Inflater inflater = new Inflater(!hasZlibHeader(data));
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(data), inflater, BUFFER)) {
            return readCapped(in, cap, data.length, "deflate");
        } finally {
            inflater.end();
        }
    }

    private static boolean hasZlibHeader(byte[] data) {
        return data.length >= 2 && (data[0] & 0x0f) == 8 && (((data[0] & 0xff) << 8) | (data[1] & 0xff)) % 31 == 0;
    }

    private static byte[] readCapped(InputStream in, long cap, int compressedLength, String coding)
            throws IOException, FetchException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(BUFFER);
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > cap) {
                throw new FetchException(
                        FetchError.KWT_1007_DECOMPRESSION_BOMB,
                        "the " + coding + " body of " + compressedLength + " bytes decompresses past the cap of " + cap
                                + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
