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
        long expiresIn,

        @JsonProperty("refresh_token")
        @Schema(
                example = "quire_refresh_Jq3v0a7M2bB9d1X0pQ4wR8sT6uY5zK3cN1mL7hG2fE0",
                description = "Exchange at POST /api/v1/auth/token with `grant_type=refresh_token` for a new pair. "
                        + "Each one works once: presenting a used one again ends the whole sign-in.")
        String refreshToken) {}
