package org.hedgetop;

/** Opens the monitor. Placeholder until the monitor issue lands. */
final class RunCommand {
    private RunCommand() {
    }

    static int run(Hedgetop options) {
        System.err.println("hedgetop: the monitor is not built yet; try `hedgetop report FILE`");
        return Hedgetop.FAILURE;
    }
}
