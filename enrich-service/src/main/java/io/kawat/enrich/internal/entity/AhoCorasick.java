package io.kawat.enrich.internal.entity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small Aho-Corasick automaton over chars: finds every occurrence of every pattern in one pass.
 *
 * <p>Build it once with {@link Builder}, then {@link #search} is thread-safe. Patterns and text are compared char by
 * char; callers fold case themselves (the gazetteer lower-cases both sides with a length-preserving fold).
 *
 * @param <T> payload attached to each pattern
 */
public final class AhoCorasick<T> {

    /** One occurrence: [start, end) in the searched text and the payloads of the pattern found there. */
    public record Hit<T>(int start, int end, List<T> payloads) {}

    private static final class Node<T> {
        final Map<Character, Node<T>> next = new HashMap<>();
        Node<T> fail;
        Node<T> output; // nearest node on the fail chain that ends a pattern
        List<T> payloads;
        int depth;
    }

    private final Node<T> root;

    private AhoCorasick(Node<T> root) {
        this.root = root;
    }

    /** All occurrences of all patterns, ordered by end position, then by length descending. */
    public List<Hit<T>> search(CharSequence text) {
        List<Hit<T>> hits = new ArrayList<>();
        Node<T> state = root;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            while (state != root && !state.next.containsKey(c)) {
                state = state.fail;
            }
            state = state.next.getOrDefault(c, root);
            for (Node<T> out = state.payloads != null ? state : state.output; out != null; out = out.output) {
                hits.add(new Hit<>(i + 1 - out.depth, i + 1, out.payloads));
            }
        }
        return hits;
    }

    /** Collects patterns, then builds the automaton. */
    public static final class Builder<T> {
        private final Node<T> root = new Node<>();

        /** Adds a pattern (already case-folded by the caller) with its payload; duplicates share a node. */
        public Builder<T> add(String pattern, T payload) {
            if (pattern.isEmpty()) {
                return this;
            }
            Node<T> node = root;
            for (int i = 0; i < pattern.length(); i++) {
                int depth = i + 1;
                node = node.next.computeIfAbsent(pattern.charAt(i), k -> {
                    Node<T> n = new Node<>();
                    n.depth = depth;
                    return n;
                });
            }
            if (node.payloads == null) {
                node.payloads = new ArrayList<>(1);
            }
            node.payloads.add(payload);
            return this;
        }

        /** Links failure and output transitions breadth-first. */
        public AhoCorasick<T> build() {
            ArrayDeque<Node<T>> queue = new ArrayDeque<>();
            for (Node<T> child : root.next.values()) {
                child.fail = root;
                queue.add(child);
            }
            while (!queue.isEmpty()) {
                Node<T> node = queue.poll();
                for (Map.Entry<Character, Node<T>> e : node.next.entrySet()) {
                    Node<T> child = e.getValue();
                    Node<T> f = node.fail;
                    while (f != root && !f.next.containsKey(e.getKey())) {
                        f = f.fail;
                    }
                    Node<T> target = f.next.get(e.getKey());
                    child.fail = target != null && target != child ? target : root;
                    child.output = child.fail.payloads != null ? child.fail : child.fail.output;
                    queue.add(child);
                }
            }
            return new AhoCorasick<>(root);
        }
    }
}
