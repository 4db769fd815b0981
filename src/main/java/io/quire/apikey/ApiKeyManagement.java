package io.quire.apikey;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, lists and revokes API keys (admins only, by the URL rules). */
@Service
@Transactional
public class ApiKeyManagement {

    private final ApiKeys keys;
    private final Clock clock;

    ApiKeyManagement(ApiKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    public CreatedApiKeyView create(ApiKeyRequest request) {
        String secret = ApiKeySecrets.generate();
        ApiKey key = keys.saveAndFlush(
                new ApiKey(request.name().strip(), request.scope(), ApiKeySecrets.hash(secret), Instant.now(clock)));
        return new CreatedApiKeyView(secret, key.id(), key.name(), key.scope(), key.createdAt(), null);
    }

    @Transactional(readOnly = true)
    public Page<ApiKeyView> list(Pageable pageable) {
        return keys.findAll(pageable).map(ApiKeyView::of);
    }

    /** Revokes the key: the next request with it is refused. */
    public void revoke(UUID id) {
        ApiKey key = keys.findById(id).orElseThrow(() -> new ApiKeyNotFound(id));
        keys.delete(key);
        keys.flush();
    }
}
