package io.kawat.enrich.internal.cluster;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.List;

/**
 * What the matcher remembers of a story, under {@code s/<story id>}: receive time, cluster (possibly since merged:
 * resolve it), original when a copy, MinHash signature, and entity keys (to undo entity counts on eviction).
 */
public record StoryRecord(
        long receivedAt, String clusterId, String duplicateOf, long[] signature, List<String> entityKeys) {

    byte[] encode() {
        return Codec.encode(out -> {
            out.writeLong(receivedAt);
            out.writeUTF(clusterId);
            Codec.writeNullable(out, duplicateOf);
            out.writeInt(signature.length);
            for (long v : signature) {
                out.writeLong(v);
            }
            Codec.writeStrings(out, entityKeys);
        });
    }

    static StoryRecord decode(byte[] bytes) {
        return Codec.decode(bytes, StoryRecord::read);
    }

    private static StoryRecord read(DataInputStream in) throws IOException {
        long receivedAt = in.readLong();
        String cluster = in.readUTF();
        String duplicateOf = Codec.readNullable(in);
        long[] sig = new long[in.readInt()];
        for (int i = 0; i < sig.length; i++) {
            sig[i] = in.readLong();
        }
        return new StoryRecord(receivedAt, cluster, duplicateOf, sig, Codec.readStrings(in));
    }
}
