package io.kawat.architecture.broken.internals.owner;

import io.kawat.architecture.broken.internals.owner.internal.Hidden;

/** Purpose-made: the module "owner" uses its own internals, which rule (a) allows. */
public final class Api {
    public static int value() {
        return Hidden.value();
    }
}
