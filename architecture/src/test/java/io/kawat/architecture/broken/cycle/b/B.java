package io.kawat.architecture.broken.cycle.b;

import io.kawat.architecture.broken.cycle.a.A;

/** Purpose-made violation of rule (b): package b uses package a, which uses package b. */
public final class B {
    public Object partner() {
        return A.partner();
    }
}
