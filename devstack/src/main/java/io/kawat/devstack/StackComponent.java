package io.kawat.devstack;

/** A dev-stack component that runs as one child process: started by the subclass, killed or stopped here. */
public abstract class StackComponent implements AutoCloseable {
    protected final boolean stopOnJvmExit;
    protected ChildProcess process;

    protected StackComponent(boolean stopOnJvmExit) {
        this.stopOnJvmExit = stopOnJvmExit;
    }

    /** Process id of the running child process, for fault-injection tests; -1 before start. */
    public long pid() {
        return process == null ? -1 : process.pid();
    }

    /** Kills the process at once (SIGKILL), as a crash would. */
    public void kill() {
        if (process != null) {
            process.kill();
        }
    }

    /** Stops the process gracefully, forcibly after a grace period. */
    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }
}
