package org.corroborate.ingest.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.corroborate.api.ParagraphRole;
import org.corroborate.api.SourceLocation;
import org.corroborate.ingest.ExtractedDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a news page with jsoup: keeps headline, standfirst and body paragraphs, drops page
 * furniture, and remembers for each paragraph the CSS path of its source element and its
 * offset there. Paragraphs above the headline (kickers, section labels) are dropped.
 */
public final class HtmlExtractor {
    /**
     * jsoup flattens elements nested deeper than this into siblings, so a page of 100,000
     * nested elements parses in linear time and every later walk stays shallow.
     */
    static final int MAX_DEPTH = 512;

    private HtmlExtractor() {
    }

    /** Bytes in the charset their BOM or {@code <meta charset>} names, else UTF-8. */
    public static ExtractedDocument extract(byte[] html) {
        try {
            return extract(Jsoup.parse(new ByteArrayInputStream(html), null, "", parser()));
        } catch (IOException e) {
            throw new UncheckedIOException("reading HTML from memory cannot fail", e);
        }
    }

    public static ExtractedDocument extract(String html) {
        return extract(Jsoup.parse(html, "", parser()));
    }

    private static Parser parser() {
        return Parser.htmlParser().setMaxDepth(MAX_DEPTH);
    }

    private static ExtractedDocument extract(Document doc) {
        PageMetadata meta = PageMetadata.read(doc);
        ArticleLayout layout = ArticleLayout.of(doc);
        DomFacts facts = DomFacts.of(doc);
        CssPaths paths = new CssPaths(doc);
        List<ExtractedDocument.Block> blocks = new ArrayList<>();
        addOutsideRoot(layout.headline(), layout, facts, paths, blocks);
        addOutsideRoot(layout.standfirst(), layout, facts, paths, blocks);
        for (BlockCollector.SourcedText text : BlockCollector.collect(layout.root(), facts)) {
            blocks.add(block(text, layout, paths));
        }
        return new ExtractedDocument(standfirstOnlyAtTheTop(fromHeadlineOn(blocks)), meta.title(), meta.byline(), meta.url(),
                meta.sourceName(), meta.dateCandidates(), false);
    }

    private static void addOutsideRoot(Element element, ArticleLayout layout, DomFacts facts, CssPaths paths,
            List<ExtractedDocument.Block> blocks) {
        // Inside the root but under furniture (a site header) the collector would skip it.
        if (element != null && (!ArticleLayout.contains(layout.root(), element) || Boilerplate.inFurniture(element))) {
            for (BlockCollector.SourcedText text : BlockCollector.collect(element, facts)) {
                blocks.add(block(text, layout, paths));
            }
        }
    }

    private static ExtractedDocument.Block block(BlockCollector.SourcedText text, ArticleLayout layout, CssPaths paths) {
        return new ExtractedDocument.Block(text.text(), roleOf(text.element(), layout),
                new SourceLocation(paths.of(text.element()), text.offset()));
    }

    private static ParagraphRole roleOf(Element element, ArticleLayout layout) {
        if (layout.headline() != null && ArticleLayout.contains(layout.headline(), element)) {
            return ParagraphRole.TITLE;
        }
        if (layout.standfirst() != null && ArticleLayout.contains(layout.standfirst(), element)) {
            return ParagraphRole.STANDFIRST;
        }
        return ParagraphRole.BODY;
    }

    /** A "summary" box further down is body text, not the standfirst. */
    private static List<ExtractedDocument.Block> standfirstOnlyAtTheTop(List<ExtractedDocument.Block> blocks) {
        List<ExtractedDocument.Block> out = new ArrayList<>(blocks.size());
        boolean top = true;
        for (ExtractedDocument.Block block : blocks) {
            top = top && (block.role() != ParagraphRole.BODY);
            boolean late = !top && block.role() == ParagraphRole.STANDFIRST;
            out.add(late ? new ExtractedDocument.Block(block.text(), ParagraphRole.BODY, block.source()) : block);
        }
        return out;
    }

    private static List<ExtractedDocument.Block> fromHeadlineOn(List<ExtractedDocument.Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).role() == ParagraphRole.TITLE) {
                return blocks.subList(i, blocks.size());
            }
        }
        return blocks;
    }
}
