package io.quire.transfer;

import io.quire.core.domain.Conflict;

/** An import was started while another one runs: one runs at a time, on every instance together. */
class ImportRunning extends Conflict {

    ImportRunning() {
        super(
                "import-running",
                "Another import is running; wait until it is DONE or FAILED, then start this one.",
                null);
    }
}
