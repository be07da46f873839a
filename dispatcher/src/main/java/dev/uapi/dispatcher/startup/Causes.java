package dev.uapi.dispatcher.startup;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The sentence that says why something failed, from an exception: its own message, or for the file-system
 * exceptions whose message is only a path, what happened to that path.
 */
public final class Causes {

    private Causes() {
    }

    /**
     * One line: {@code /x/uapi.db: permission denied}, or the exception's first line of message, or its
     * simple class name when it has none. Never a stack trace.
     */
    public static String sentence(Throwable failure) {
        if (failure instanceof FileSystemException files) {
            String file = files.getFile() == null ? "" : files.getFile() + ": ";
            String other = files.getOtherFile() == null ? "" : " (" + files.getOtherFile() + ")";
            return file + fileReason(files) + other;
        }
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getCause() != null ? sentence(failure.getCause()) : failure.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message).strip();
    }

    private static String fileReason(FileSystemException failure) {
        if (failure.getReason() != null) {
            return failure.getReason();
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (failure instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (failure instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (failure instanceof DirectoryNotEmptyException) {
            return "directory not empty";
        }
        return failure.getClass().getSimpleName();
    }
}
