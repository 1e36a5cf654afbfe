package org.corroborate.http;

import org.corroborate.verify.CheckReport;
import org.corroborate.verify.CheckedArticle;

/** Runs one check (the CLI's pipeline: extract, one {@code _msearch}, compare). */
@FunctionalInterface
public interface ArticleChecker {
    CheckReport check(CheckedArticle article);
}
