package org.hedgetop.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The monitor's own command line read without picocli, for start-up time: picocli's reflective model takes
 * about 150 ms of the monitor's 0.6 s start-up budget on two cores (its classes are Java 5 class files that
 * class-data sharing cannot store). Only the plain forms are read here - {@code [FILE] [--source S]
 * [--no-color] [--speed X] [--record CSV]}, each option at most once, values as separate arguments or after
 * {@code =}. Anything else (a sub-command, help, version, an unknown or repeated option, a bad number, a
 * second file) gives empty, and picocli reads the line and answers as it always did. The test holds this
 * reading equal to picocli's on every form it accepts.
 */
final class MonitorArgs {
    private MonitorArgs() {
    }

    static Optional<Hedgetop> parse(String[] args) {
        Hedgetop h = new Hedgetop();
        h.speed = 60; // the @Option default
        boolean file = false;
        boolean source = false;
        boolean noColor = false;
        boolean speed = false;
        boolean record = false;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String name = a;
                String value = null;
                int eq = a.indexOf('=');
                if (a.startsWith("--") && eq > 0) {
                    name = a.substring(0, eq);
                    value = a.substring(eq + 1);
                }
                switch (name) {
                    case "--no-color" -> {
                        if (noColor || value != null) {
                            return Optional.empty();
                        }
                        noColor = true;
                        h.noColor = true;
                    }
                    case "--source", "--speed", "--record" -> {
                        if (value == null) {
                            // picocli takes a sub-command's name as the sub-command, even after an option
                            if (i + 1 >= args.length || args[i + 1].startsWith("-")
                                    || Hedgetop.SUBCOMMANDS.contains(args[i + 1])) {
                                return Optional.empty();
                            }
                            value = args[++i];
                        }
                        if (name.equals("--source")) {
                            if (source) {
                                return Optional.empty();
                            }
                            source = true;
                            h.source = value;
                        } else if (name.equals("--speed")) {
                            if (speed) {
                                return Optional.empty();
                            }
                            speed = true;
                            h.speed = Double.parseDouble(value);
                        } else {
                            if (record) {
                                return Optional.empty();
                            }
                            record = true;
                            h.record = Path.of(value);
                        }
                    }
                    default -> {
                        if (a.startsWith("-") || a.startsWith("@") || file || Hedgetop.SUBCOMMANDS.contains(a)) {
                            return Optional.empty();
                        }
                        file = true;
                        h.file = Path.of(a);
                    }
                }
            }
        } catch (NumberFormatException | InvalidPathException e) {
            return Optional.empty();
        }
        return Optional.of(h);
    }
}
