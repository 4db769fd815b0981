package io.quire.media;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MediaFiles extends JpaRepository<MediaFile, UUID> {

    /** Locked, so the last asset of these files cannot be deleted while another upload takes them. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<MediaFile> findBySha256(String sha256);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from MediaFile f where f.id = :id")
    Optional<MediaFile> lockById(UUID id);

    boolean existsByStorageKey(String storageKey);
}
