package org.hedgetop.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A key file: two lines, the API key then the secret. Like OpenSSH with a private key, a file that group
 * or others may read is refused, naming the file and its mode, because a secret others can read is no
 * longer secret.
 */
final class KeyFile {
    private KeyFile() {
    }

    /** {@code ~/x} under the home folder; a relative path against the book's folder. */
    static Path resolve(String written, Optional<Path> bookFolder, Path home) {
        if (written.equals("~") || written.startsWith("~/")) {
            return home.resolve(written.substring(Math.min(2, written.length())));
        }
        Path p = Path.of(written);
        return p.isAbsolute() || bookFolder.isEmpty() ? p : bookFolder.get().resolve(p);
    }

    /** @param written the path as the book writes it: messages show that, not the resolved one */
    static Credentials read(Path file, String written) throws IOException, AccountException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            Set<PosixFilePermission> perms = posix.readAttributes().permissions();
            if (perms.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
                throw new AccountException(AccountException.Kind.SETUP, "Permissions " + mode(perms) + " for '"
                        + written + "' are too open: the key file must not be readable by others; "
                        + "run: chmod 600 " + written);
            }
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() != 2) {
            throw new AccountException(AccountException.Kind.SETUP, "key file '" + written + "' must have two "
                    + "lines, the API key then the secret; it has " + lines.size() + " non-empty lines");
        }
        String origin = "key file '" + written + "'";
        checkKeyText(lines.get(0), origin);
        return new Credentials(lines.get(0), new Secret(lines.get(1)), origin);
    }

    /** An API key is printable ASCII without spaces; anything else would go into a header mangled. */
    static void checkKeyText(String key, String origin) throws AccountException {
        if (key.length() > 256 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new AccountException(AccountException.Kind.SETUP, "the API key from " + origin
                    + " is not a key (printable characters without spaces expected)");
        }
    }

    /** The start of a key, enough to tell keys apart in a message; keys are not secret but need not be shown. */
    static String shortKey(String key) {
        return key.length() <= 8 ? "****" : key.substring(0, 4) + "…" + key.substring(key.length() - 2);
    }

    /** The octal mode as {@code ls -l}'s owner/group/other bits, written "0644" as OpenSSH does. */
    static String mode(Set<PosixFilePermission> perms) {
        int m = 0;
        for (PosixFilePermission p : perms) {
            m |= 1 << (8 - p.ordinal());
        }
        return String.format("%04o", m);
    }
}
