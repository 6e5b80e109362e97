package io.kawat.architecture.broken.internals.owner.internal;

/** Purpose-made: an internal class of the module "owner". */
public final class Hidden {
    public static int value() {
        return 1;
    }
}
