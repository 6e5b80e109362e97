package io.kawat.enrich.internal.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Binary encoding of the matcher's state values: a version byte, then fields in a fixed order with
 * {@link DataOutputStream} primitives. Maps are written in key order, so equal values encode to equal bytes.
 */
final class Codec {

    static final int VERSION = 1;

    private Codec() {}

    interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    interface Reading<T> {
        T read(DataInputStream in) throws IOException;
    }

    static byte[] encode(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory encoding failed", e);
        }
        return bytes.toByteArray();
    }

    static <T> T decode(byte[] value, Reading<T> reading) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(value))) {
            int version = in.readByte();
            if (version != VERSION) {
                throw new IllegalStateException("unknown matcher state version " + version);
            }
            return reading.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt matcher state value", e);
        }
    }

    static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    static void writeStrings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            out.writeUTF(s);
        }
    }

    static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(in.readUTF());
        }
        return out;
    }

    static void writeWeights(DataOutputStream out, Map<String, Double> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, Double> e : new TreeMap<>(map).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeDouble(e.getValue());
        }
    }

    static TreeMap<String, Double> readWeights(DataInputStream in) throws IOException {
        int n = in.readInt();
        TreeMap<String, Double> out = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            out.put(in.readUTF(), in.readDouble());
        }
        return out;
    }
}
