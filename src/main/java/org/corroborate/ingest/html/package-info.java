/**
 * The jsoup adapter: news pages to paragraphs. The only package that imports {@code org.jsoup}.
 *
 * <p>Boilerplate is recognised by tag, ARIA role and the words of class and id
 * ({@code share-bar}, {@code related_articles}, {@code commentList}); the content root is the
 * largest {@code article}, else the article body, {@code main} or {@code body}; the headline is
 * its first {@code h1}; the standfirst an element named like one ({@code standfirst},
 * {@code dek}, {@code excerpt}...) or an {@code h2} right after the headline. Every walk is
 * iterative and jsoup flattens nesting beyond 512 levels, so deep pages cost time, not stack.
 *
 * <p>Each paragraph carries a {@link org.corroborate.api.SourceLocation}: a CSS path that selects
 * its element in the original page and the offset of its first character in that element's text
 * nodes (DOM {@code textContent}, without script or style), so a CMS can highlight its markup.
 */
package org.corroborate.ingest.html;
