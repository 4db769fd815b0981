package io.quire.user;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import io.quire.core.domain.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Refuses passwords that are easy to guess, as NIST SP 800-63B asks of a verifier: not a rule about character
 * classes, but a check against common and leaked passwords, dictionary words, names, keyboard patterns, dates,
 * repetitions and the user's own details. The judge is zxcvbn (zxcvbn4j), which estimates how many guesses an
 * attacker would need; below {@value #MIN_SCORE} on its 0–4 scale (fewer than about 10^8 guesses) the password is
 * refused, with zxcvbn's own explanation of why.
 */
@Component
class PasswordStrength {

    static final int MIN_SCORE = 3;

    /** Words of this service that no password should lean on. */
    private static final List<String> SERVICE_WORDS = List.of("quire", "cms", "admin", "editor", "author");

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /**
     * Passes a password strong enough; otherwise a 400 problem naming {@code password} that says why.
     *
     * @param userDetails what an attacker knows of the user (username, display name), counted as easy guesses
     */
    void check(String password, String... userDetails) {
        weakness(password, userDetails).ifPresent(reason -> {
            throw new InvalidInput("password", reason);
        });
    }

    /** Why the password is too weak, if it is. */
    Optional<String> weakness(String password, String... userDetails) {
        List<String> known = new ArrayList<>(SERVICE_WORDS);
        for (String detail : userDetails) {
            if (detail != null && !detail.isBlank()) {
                known.add(detail.strip().toLowerCase(Locale.ROOT));
            }
        }
        Strength strength = zxcvbn.measure(password, known);
        return strength.getScore() >= MIN_SCORE ? Optional.empty() : Optional.of(reason(strength));
    }

    private static String reason(Strength strength) {
        StringBuilder reason = new StringBuilder("is too easy to guess");
        String warning = Objects.requireNonNullElse(strength.getFeedback().getWarning(Locale.ENGLISH), "");
        if (!warning.isBlank()) {
            reason.append(": ").append(warning);
        } else {
            reason.append('.');
        }
        List<String> suggestions = strength.getFeedback().getSuggestions(Locale.ENGLISH);
        if (suggestions.isEmpty()) {
            reason.append(" Add another word or two; uncommon words are better.");
        } else {
            suggestions.forEach(s -> reason.append(' ').append(s));
        }
        return reason.toString();
    }
}
