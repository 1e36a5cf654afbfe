package org.corroborate.verify;

import java.time.LocalDate;
import java.util.Objects;

import org.corroborate.api.Language;

/**
 * What a claim is checked in the light of: the article's language (quotes are compared within it
 * and messages written in it) and its publication date ({@code null} when unknown: no report is
 * then "later", and publication dates do not stand in for missing event dates).
 */
public record ArticleContext(Language lang, LocalDate published) {
    public ArticleContext {
        Objects.requireNonNull(lang, "lang");
    }
}
