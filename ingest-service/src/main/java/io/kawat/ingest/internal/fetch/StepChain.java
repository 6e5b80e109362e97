package io.kawat.ingest.internal.fetch;

import java.util.List;

/** Walks a list of steps: each call to {@link #proceed} hands the request to the next step. */
final class StepChain implements FetchStep.Chain {
    private final List<FetchStep> steps;
    private final int index;
    private final FetchContext context;
    private final HopRequest request;

    StepChain(List<FetchStep> steps, int index, FetchContext context, HopRequest request) {
        this.steps = steps;
        this.index = index;
        this.context = context;
        this.request = request;
    }

    @Override
    public HopRequest request() {
        return request;
    }

    @Override
    public FetchContext context() {
        return context;
    }

    @Override
    public HopResponse proceed(HopRequest next) throws FetchException {
        if (index >= steps.size()) {
            throw new IllegalStateException("the last step of a fetch chain must answer, not proceed");
        }
        return steps.get(index).intercept(new StepChain(steps, index + 1, context, next));
    }
}
