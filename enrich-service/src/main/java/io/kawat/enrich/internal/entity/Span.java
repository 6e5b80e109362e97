package io.kawat.enrich.internal.entity;

/** A found name: [start, end) in the analysed text, the text there and what it refers to. */
record Span(int start, int end, String surface, EntityRef ref, int rank) {

    Span withRef(EntityRef other) {
        return new Span(start, end, surface, other, rank);
    }

    int length() {
        return end - start;
    }

    boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
