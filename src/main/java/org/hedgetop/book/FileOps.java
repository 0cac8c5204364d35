package org.hedgetop.book;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/**
 * The file system operations a save makes, one method each, so tests can make any step fail (a rename
 * that fails as if the process were killed, a full disk) where running as root would let the real one
 * succeed. {@link #SYSTEM} is the real file system; override single methods to inject a failure.
 */
public interface FileOps {
    FileOps SYSTEM = new FileOps() {
    };

    /** The file a path finally names, symlinks followed. */
    default Path realPath(Path file) throws IOException {
        return file.toRealPath();
    }

    /** A regular file's bytes, at most the book limit plus one (a FIFO or device is refused, not opened). */
    default byte[] read(Path file) throws IOException {
        return RegularFile.readBook(file);
    }

    /** POSIX permissions, empty on file systems without them. */
    default Optional<Set<PosixFilePermission>> permissions(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        return view == null ? Optional.empty() : Optional.of(view.readAttributes().permissions());
    }

    default void setPermissions(Path file, Set<PosixFilePermission> permissions) throws IOException {
        Files.setPosixFilePermissions(file, permissions);
    }

    /** A new empty file in {@code dir}: a temp file must live on the same file system as its target. */
    default Path createTemp(Path dir, String prefix) throws IOException {
        return Files.createTempFile(dir, prefix, ".tmp");
    }

    /** Writes all bytes and forces them to the device before returning. */
    default void write(Path file, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            ch.force(true);
        }
    }

    /** Atomic rename over {@code target}: a reader sees the old file or the new one, never half of one. */
    default void move(Path source, Path target) throws IOException {
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Makes the rename itself durable; best effort, as not every file system can sync a directory. */
    default void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The rename is done; only its durability across a power cut is less certain.
        }
    }

    default void deleteIfExists(Path file) throws IOException {
        Files.deleteIfExists(file);
    }
}
