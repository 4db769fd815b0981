package io.quire.media;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Assets extends JpaRepository<Asset, UUID>, JpaSpecificationExecutor<Asset> {

    @EntityGraph(attributePaths = "file")
    Optional<Asset> findWithFileById(UUID id);

    @EntityGraph(attributePaths = "file")
    List<Asset> findWithFileByIdIn(Collection<UUID> ids);

    /** The first asset uploaded with these files, which stands for them where only the files are known. */
    @EntityGraph(attributePaths = "file")
    Optional<Asset> findFirstByFileStorageKeyOrderByCreatedAtAscIdAsc(String storageKey);

    boolean existsByFileId(UUID fileId);
}
