package org.corroborate.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} (or {@code List<String>}) component holding a plain Java regular
 * expression; the loader compiles it and reports the file and line when it does not compile.
 * Patterns with placeholders the engine expands are checked by the file's own
 * {@link RuleFile#validate} instead.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Regex {
}
