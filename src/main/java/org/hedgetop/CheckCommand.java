package org.hedgetop;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands; registered so the command line shape is fixed. */
@Command(name = "check", description = "Validate a portfolio file")
final class CheckCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("hedgetop: not built yet");
        return Hedgetop.FAILURE;
    }
}
