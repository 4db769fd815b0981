package io.quire.transfer;

import io.swagger.v3.oas.annotations.media.Schema;

/** Where an import is: still reading, finished (perhaps with failed items), or stopped by a file it cannot read. */
@Schema(name = "ImportStatus", enumAsRef = true)
public enum ImportStatus {
    RUNNING,
    DONE,
    FAILED
}
