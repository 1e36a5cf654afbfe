package org.corroborate.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.corroborate.api.InputRejectedException;

/**
 * Turns the {@code index} command's paths into reports: feeds ({@code .jsonl}, {@code .ndjson}),
 * documents a {@link DocumentReader} reads (one report each, metadata from a sidecar {@code X.json}),
 * and folders of both, recursed in name order. Hidden files and folders are passed over. Every
 * other file is reported, never dropped in silence.
 */
public final class ReportSources {
    private static final Set<String> FEEDS = Set.of("jsonl", "ndjson");
    /** Formats the ingestion layer (issue 3) reads; without its reader they are failures, not skips. */
    private static final Set<String> DOCUMENT_FORMATS = Set.of("txt", "html", "htm", "docx", "odt", "rtf", "pdf");
    private static final String SIDECAR = "json";

    private final DocumentReader documents;

    public ReportSources(DocumentReader documents) {
        this.documents = Objects.requireNonNull(documents, "documents");
    }

    /**
     * Checks every path before anything is read or written: each must exist and be readable, and
     * a file named directly must be a feed or a document.
     *
     * @throws InputRejectedException naming the first path that is not
     */
    public void check(List<Path> paths) {
        if (paths.isEmpty()) {
            throw new InputRejectedException("missing-input", "no path to index");
        }
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new InputRejectedException("missing-input", "no such file or directory: " + path);
            }
            if (!Files.isReadable(path)) {
                throw new InputRejectedException("unreadable-input", "cannot read " + path);
            }
            if (Files.isRegularFile(path) && !isFeed(path) && !documents.canRead(path)) {
                throw new InputRejectedException("unsupported-format", path + ": not a feed (.jsonl, .ndjson)"
                        + " and no reader for ." + extension(path) + " documents");
            }
        }
    }

    /** Reads every path in order, giving each report, failure and skipped file to {@code sink}. */
    public void read(List<Path> paths, Consumer<Loaded> sink) {
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                readFolder(path, sink);
            } else {
                readFile(path, path.getParent() == null ? Path.of("") : path.getParent(), sink);
            }
        }
    }

    private void readFolder(Path folder, Consumer<Loaded> sink) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> !isHidden(folder.relativize(p))).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            sink.accept(new Loaded.Failed(Origin.of(folder), "cannot list the folder: " + e.getMessage()));
            return;
        }
        for (Path file : files) {
            readFile(file, folder, sink);
        }
    }

    private void readFile(Path file, Path base, Consumer<Loaded> sink) {
        if (isFeed(file)) {
            FeedReader.read(file, sink);
        } else if (documents.canRead(file)) {
            sink.accept(readDocument(file, base));
        } else if (isDocumentFormat(file)) {
            sink.accept(new Loaded.Failed(Origin.of(file), "no reader for ." + extension(file) + " documents"));
        } else if (SIDECAR.equals(extension(file))) {
            if (documentOf(file) == null) {
                sink.accept(new Loaded.Skipped(Origin.of(file), "a .json file beside no document (feeds are .jsonl or .ndjson)"));
            }
        } else {
            sink.accept(new Loaded.Skipped(Origin.of(file), "neither a feed nor a document"));
        }
    }

    private Loaded readDocument(Path file, Path base) {
        Origin origin = Origin.of(file);
        try {
            ReportJson sidecar = sidecar(file);
            DocumentReader.Document document = documents.read(file, sidecar == null ? null : sidecar.lang());
            return new Loaded.Read(DocumentReport.of(document, sidecar, pathId(base, file)), origin);
        } catch (BadReportException e) {
            return new Loaded.Failed(origin, e.getMessage());
        } catch (InputRejectedException e) {
            return new Loaded.Failed(origin, e.getMessage());
        } catch (IOException e) {
            return new Loaded.Failed(origin, "cannot read: " + e.getMessage());
        }
    }

    /** The metadata of the sidecar {@code X.json} beside {@code X.<ext>}, or {@code null} when there is none. */
    private static ReportJson sidecar(Path document) throws IOException, BadReportException {
        Path sidecar = sidecarOf(document);
        if (sidecar == null) {
            return null;
        }
        try {
            return ReportJson.parse(Files.readString(sidecar, StandardCharsets.UTF_8));
        } catch (BadReportException e) {
            throw new BadReportException("sidecar " + sidecar.getFileName() + ": " + e.getMessage());
        } catch (java.nio.charset.MalformedInputException e) {
            throw new BadReportException("sidecar " + sidecar.getFileName() + ": not UTF-8");
        }
    }

    /** The sidecar {@code X.json} beside {@code X.<ext>}, or {@code null}. */
    private static Path sidecarOf(Path document) {
        Path sidecar = document.resolveSibling(stem(document) + "." + SIDECAR);
        return Files.isRegularFile(sidecar) ? sidecar : null;
    }

    /** The document a sidecar {@code X.json} belongs to, or {@code null}. */
    private Path documentOf(Path sidecar) {
        String stem = stem(sidecar);
        try (Stream<Path> siblings = Files.list(sidecar.toAbsolutePath().getParent())) {
            return siblings.filter(p -> stem.equals(stem(p)) && !p.getFileName().equals(sidecar.getFileName()))
                    .filter(p -> documents.canRead(p) || isDocumentFormat(p)).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** {@code sha256:} + 16 hex digits of the document's path relative to the argument that named it. */
    static String pathId(Path base, Path file) {
        String relative = base.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                .toString().replace('\\', '/');
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(relative.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFeed(Path file) {
        return FEEDS.contains(extension(file));
    }

    private static boolean isDocumentFormat(Path file) {
        return DOCUMENT_FORMATS.contains(extension(file));
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
