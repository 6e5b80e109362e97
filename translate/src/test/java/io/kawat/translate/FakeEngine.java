package io.kawat.translate;

import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * An engine for the service tests: "translates" with a function, fails when told to, and measures what the service
 * does to it (calls, batches, calls in flight at once).
 */
final class FakeEngine implements Translator {
    private final String name;
    private final Set<String> pairs;
    private final UnaryOperator<String> translation;
    private final Queue<TranslationException> failures = new ConcurrentLinkedQueue<>();
    private final List<List<String>> batches = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile CyclicBarrier rendezvous;

    /** An engine for the given pairs ({@code en-es}, ...) that prefixes every text with its name. */
    FakeEngine(String name, Set<String> pairs) {
        this(name, pairs, text -> name + ":" + text);
    }

    FakeEngine(String name, Set<String> pairs, UnaryOperator<String> translation) {
        this.name = name;
        this.pairs = pairs;
        this.translation = translation;
    }

    /** The next call fails with this exception. */
    FakeEngine failNext(TranslationException failure) {
        failures.add(failure);
        return this;
    }

    /** Each call waits until {@code parties} calls are inside the engine together (proves they overlap). */
    FakeEngine meetInGroupsOf(int parties) {
        rendezvous = new CyclicBarrier(parties);
        return this;
    }

    @Override
    public String engine() {
        return name;
    }

    @Override
    public boolean supports(String from, String to) {
        return pairs.contains(from + "-" + to);
    }

    @Override
    public List<String> translate(List<String> texts, String from, String to) throws TranslationException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            batches.add(List.copyOf(texts));
            TranslationException failure = failures.poll();
            if (failure != null) {
                throw failure;
            }
            CyclicBarrier barrier = rendezvous;
            if (barrier != null) {
                barrier.await(10, TimeUnit.SECONDS);
            }
            return texts.stream().map(translation).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TranslationException("interrupted", true, e);
        } catch (java.util.concurrent.BrokenBarrierException | java.util.concurrent.TimeoutException e) {
            throw new TranslationException("calls did not overlap as expected: " + e, false, e);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    int calls() {
        return batches.size();
    }

    List<List<String>> batches() {
        return List.copyOf(batches);
    }

    int maxInFlight() {
        return maxInFlight.get();
    }
}
