package io.quire.transfer;

import io.quire.core.domain.FieldProblem;
import io.quire.core.domain.InvalidInput;
import java.util.List;

/**
 * A file an import cannot read: not XML, not the format named, a document type declaration (refused: XXE and
 * entity expansion), or cut short. Before the import starts it answers 400 naming {@code file}; found later it
 * ends the import as FAILED, with what came before it imported.
 */
public class ImportRefused extends InvalidInput {

    public ImportRefused(String type, String detail) {
        super(type, detail, List.of(new FieldProblem("file", detail)));
    }
}
