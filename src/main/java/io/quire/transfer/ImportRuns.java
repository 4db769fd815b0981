package io.quire.transfer;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportRuns extends JpaRepository<ImportRun, UUID> {

    List<ImportRun> findByStatus(ImportStatus status);
}
