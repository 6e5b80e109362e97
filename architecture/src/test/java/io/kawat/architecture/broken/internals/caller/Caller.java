package io.kawat.architecture.broken.internals.caller;

import io.kawat.architecture.broken.internals.owner.internal.Hidden;

/** Purpose-made violation of rule (a): the module "caller" uses an internal class of the module "owner". */
public final class Caller {
    public static int value() {
        return Hidden.value();
    }
}
