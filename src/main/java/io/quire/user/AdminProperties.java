package io.quire.user;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin. {@code CMS_ADMIN_PASSWORD} in the environment sets {@code password}; when
 * empty, a random password is generated and logged once.
 */
@ConfigurationProperties("cms.admin")
record AdminProperties(String password) {}
