package io.quire.media.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Files on the local disk: {@code <dir>/files/ab/abcd…/original.jpg}, two characters of the key fanning out. */
public final class DiskStorage implements MediaStorage {

    private final Path root;

    public DiskStorage(Path dir) throws IOException {
        this.root = Files.createDirectories(dir.toAbsolutePath().normalize().resolve("files"));
    }

    @Override
    public void put(String key, Map<String, Path> files) throws IOException {
        Path folder = Files.createDirectories(folder(key));
        for (var file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            try (FileChannel channel = FileChannel.open(file.getValue(), StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(file.getValue(), target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Path copy = Files.createTempFile(folder, "incoming-", ".tmp");
                Files.copy(file.getValue(), copy, StandardCopyOption.REPLACE_EXISTING);
                Files.move(copy, target, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        syncDirectory(folder);
    }

    @Override
    public Optional<StoredFile> open(String key, String name) throws IOException {
        Path file = folder(key).resolve(name);
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        return Optional.of(new StoredFile(size, Optional.of(file), () -> Files.newInputStream(file), () -> {}));
    }

    @Override
    public void delete(String key) throws IOException {
        Path folder = folder(key);
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private Path folder(String key) {
        if (!StorageKeys.isValid(key)) {
            throw new IllegalArgumentException("Not a storage key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    /** Makes the new names durable too, where the platform allows opening a folder (Linux, macOS). */
    private static void syncDirectory(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not possible on this platform (Windows): the files themselves were forced.
        }
    }
}
