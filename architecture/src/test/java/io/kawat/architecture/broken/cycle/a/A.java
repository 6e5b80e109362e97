package io.kawat.architecture.broken.cycle.a;

import io.kawat.architecture.broken.cycle.b.B;

/** Purpose-made violation of rule (b): package a uses package b, which uses package a. */
public final class A {
    public static B partner() {
        return new B();
    }
}
