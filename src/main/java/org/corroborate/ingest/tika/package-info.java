/**
 * The Tika adapter: DOCX, ODT, RTF and PDF text layers to paragraphs. The only package that
 * imports {@code org.apache.tika}. One parser per format, no auto-detection, no OCR, embedded
 * documents and page headers/footers ignored; PDF paragraphs are rebuilt from lines because
 * PDFBox's guess misses right-to-left paragraphs.
 */
package org.corroborate.ingest.tika;
