package io.quire.user;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** An OAuth 2.0 access token response (RFC 6749 section 5.1). */
@Schema(name = "TokenResponse")
public record TokenView(
        @JsonProperty("access_token") @Schema(example = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl")
        String accessToken,

        @JsonProperty("token_type") @Schema(example = "Bearer")
        String tokenType,

        @JsonProperty("expires_in") @Schema(example = "3600")
        long expiresIn) {}
