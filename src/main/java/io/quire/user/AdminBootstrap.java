package io.quire.user;

import io.quire.core.security.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start (no users yet), creates the user {@code admin}. Not while the command line restores a Quire
 * export: the export brings the admin, whose password the command then sets.
 */
@Component
@Order(0)
@ConditionalOnExpression("'${cms.command.import-format:}' != 'quire'")
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Users users;
    private final PasswordEncoder passwords;
    private final PasswordStrength strength;
    private final AdminProperties properties;
    private final Clock clock;

    AdminBootstrap(
            Users users,
            PasswordEncoder passwords,
            PasswordStrength strength,
            AdminProperties properties,
            Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.strength = strength;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        String password = properties.password();
        boolean generated = password == null || password.isBlank();
        if (generated) {
            password = randomPassword();
        }
        users.save(new User(
                ADMIN, passwords.encode(password), "Administrator", EnumSet.of(Role.ADMIN), Instant.now(clock)));
        if (generated) {
            log.warn(
                    "Created the user '{}' with the generated password: {}  (shown only this once; "
                            + "set CMS_ADMIN_PASSWORD before the first start to choose it)",
                    ADMIN,
                    password);
        } else {
            log.info("Created the user '{}' with the password from CMS_ADMIN_PASSWORD", ADMIN);
            String chosen = password;
            strength.weakness(chosen, ADMIN)
                    .ifPresent(reason -> log.warn(
                            "The password from CMS_ADMIN_PASSWORD {} Change it with PATCH /api/v1/users/<id>.",
                            reason));
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
