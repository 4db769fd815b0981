package io.quire.user;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RefreshTokens extends JpaRepository<RefreshToken, UUID> {

    Optional<RefreshToken> findByTokenHash(String tokenHash);

    /** Marks the token rotated unless it already was: 1 for the one renewal that wins, 0 for a reuse. */
    @Modifying
    @Query("update RefreshToken t set t.rotatedAt = :now where t.id = :id and t.rotatedAt is null")
    int rotate(UUID id, Instant now);

    @Modifying
    @Query("delete from RefreshToken t where t.familyId = :familyId")
    int deleteFamily(UUID familyId);

    @Modifying
    @Query("delete from RefreshToken t where t.userId = :userId")
    int deleteAllOf(UUID userId);

    @Modifying
    @Query("delete from RefreshToken t where t.userId = :userId and t.expiresAt <= :now")
    int deleteExpiredOf(UUID userId, Instant now);
}
