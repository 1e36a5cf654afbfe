/**
 * Ingestion (issue 3): whatever a newsroom CMS sends becomes one {@link org.corroborate.api.Article}.
 *
 * <p>Entry point: {@link org.corroborate.ingest.ArticleReader} ({@code read(Path, ReadOptions)},
 * {@code read(byte[], String, ReadOptions)}, {@code readText}, {@code readHtml}); the wire shape
 * is {@link org.corroborate.ingest.ArticleJson}. The flow:
 * <ol>
 * <li>limits: size before reading, then a heap estimate per format ({@link IngestLimits});</li>
 * <li>format from the bytes ({@code FormatSniffer}): PDF, RTF, DOCX/ODT by their zip entries, HTML
 * or text; anything else is {@code unsupported-format} with Tika's media type;</li>
 * <li>on a time-bounded thread ({@code BoundedRun}): text is decoded strictly
 * ({@code TextDecoder}) and split into slices ({@code TextParagraphs}); HTML goes to
 * {@code ingest.html}; DOCX and ODT pass the zip-bomb check ({@code ZipGuard}) and, with RTF and
 * PDF, go to {@code ingest.tika};</li>
 * <li>{@code ArticleAssembler} joins structured paragraphs with a blank line and settles
 * language ({@code LanguageGuess}), id and publication date ({@code PublicationDates}).</li>
 * </ol>
 *
 * <p>Choices worth knowing:
 * <ul>
 * <li>Text input: paragraphs are split on blank lines when the text has any, else one per line;
 * the first paragraph is the title when it is one short line not ending like a sentence. A
 * byline paragraph ("By ...", "بقلم ...") right after it fills {@code byline} and is not a
 * paragraph; the text itself stays unchanged.</li>
 * <li>The caller's date wins; the document's timestamp is kept only when it falls on the same
 * day. A timestamp without an offset gives a date and no {@code published_at}. Office and PDF
 * dates are the file's creation date, the best the format offers, and say so in a
 * {@code publication-date-from-file} warning.</li>
 * <li>Memory: the JVM cannot cap one thread's heap, so the budget is kept by refusing inputs
 * whose estimated working set exceeds it, capping extracted text at a sixteenth of it, inflating
 * zips under a counted limit, and turning an {@link OutOfMemoryError} into {@code too-large}.</li>
 * <li>Time: after a timeout the caller gets {@code timeout} at once; the reading thread is
 * interrupted and stops at its next element, except inside a parser step that ignores
 * interrupts (jsoup's parse, a PDFBox page), which finishes on a daemon thread.</li>
 * </ul>
 * Arabic normalisation (folding, digits, bidi controls) is not done here: see
 * {@code org.corroborate.text}. Texts are kept as the source wrote them.
 */
package org.corroborate.ingest;
