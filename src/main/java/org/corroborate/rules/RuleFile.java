package org.corroborate.rules;

import java.util.List;

/**
 * The content of one rule file, bound from YAML into a record (keys in snake_case). Every rule
 * file carries negative examples: texts nothing in it may match.
 */
public interface RuleFile {

    List<String> negativeExamples();

    /**
     * Checks what only this kind of file knows (placeholders that resolve, patterns that compile
     * once expanded), with the whole set of packs at hand for references into other files.
     */
    default void validate(Problems problems, RulePacks packs) {
    }
}
