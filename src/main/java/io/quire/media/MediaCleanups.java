package io.quire.media;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MediaCleanups extends JpaRepository<MediaCleanup, String> {

    List<MediaCleanup> findTop500BySinceBeforeOrderBySince(Instant cutoff);
}
