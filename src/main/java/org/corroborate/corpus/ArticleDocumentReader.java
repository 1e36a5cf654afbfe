package org.corroborate.corpus;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.corroborate.api.Article;
import org.corroborate.api.InputRejectedException;
import org.corroborate.api.Language;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.ReadOptions;

/**
 * Reads a report document through the ingestion layer: text, HTML, DOCX, ODT, RTF and PDF, with
 * the title, language and publication date the document carries.
 */
public final class ArticleDocumentReader implements DocumentReader {
    private static final Set<String> EXTENSIONS = Set.of("txt", "text", "html", "htm", "xhtml", "docx", "odt", "rtf", "pdf");

    private final ArticleReader reader;

    public ArticleDocumentReader(ArticleReader reader) {
        this.reader = reader;
    }

    public ArticleDocumentReader() {
        this(new ArticleReader());
    }

    @Override
    public boolean canRead(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    @Override
    public Document read(Path file, Language lang) {
        Article article;
        try {
            article = reader.read(file, ReadOptions.none().withLang(lang));
        } catch (InputRejectedException e) {
            if ("unsupported-language".equals(e.code())) {
                throw new InputRejectedException(e.code(), e.getMessage() + "; cannot tell the language; give \"lang\" in a sidecar .json", e);
            }
            throw e;
        }
        return new Document(article.title(), article.text(), article.lang(), article.published(), article.publishedAt());
    }
}
