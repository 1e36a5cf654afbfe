package org.corroborate.corpus;

/** A document plus its sidecar's metadata as one report; the sidecar wins over the document's own metadata. */
final class DocumentReport {
    private DocumentReport() {
    }

    static Report of(DocumentReader.Document document, ReportJson sidecar, String pathId) throws BadReportException {
        if (document.text().isBlank()) {
            throw new BadReportException("no text");
        }
        ReportJson meta = sidecar != null ? sidecar
                : new ReportJson(null, null, null, null, null, null, null, null);
        var lang = meta.lang() != null ? meta.lang() : document.lang();
        if (lang == null) {
            throw new BadReportException("cannot tell the language; give \"lang\" in a sidecar .json");
        }
        ReportJson merged = new ReportJson(meta.id(), meta.source(), meta.url(), lang,
                meta.published() != null ? meta.published() : document.published(),
                meta.published() != null ? meta.publishedAt() : document.publishedAt(),
                meta.title() != null ? meta.title() : document.title(), document.text());
        return merged.report(meta.id() != null ? meta.id() : pathId, lang, merged.title(), document.text());
    }
}
