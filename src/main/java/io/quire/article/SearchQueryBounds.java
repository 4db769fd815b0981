package io.quire.article;

import io.quire.core.domain.InvalidInput;

/**
 * How much work one search query may ask for. {@code q} uses the simple query string syntax (words, {@code "phrases"},
 * {@code -not}, {@code a | b}, parentheses, {@code prefix*}, {@code fuzzy~1}, {@code "phrase"~2}); the operators
 * whose cost grows with the index are bounded, so that no query costs more than a fixed amount of work however
 * many articles there are, and none can exceed Lucene's clause limit (1,024) and fail:
 * <ul>
 * <li>at most {@value #MAX_WORDS} words (each is a clause on four fields);
 * <li>at most {@value #MAX_EXPANDING} fuzzy or prefix words (each expands into up to 50 dictionary terms per
 *     field), each of at least {@value #MIN_EXPANDING_LENGTH} characters (a shorter one matches most of the
 *     dictionary), fuzzy at most {@value #MAX_EDITS} edits;
 * <li>phrase slop at most {@value #MAX_SLOP}; parentheses nested at most {@value #MAX_DEPTH} deep.
 * </ul>
 * A query beyond a bound is a 400 naming {@code q} that says which bound, never a 5xx.
 */
final class SearchQueryBounds {

    static final int MAX_WORDS = 30;
    static final int MAX_EXPANDING = 3;
    static final int MIN_EXPANDING_LENGTH = 3;
    static final int MAX_EDITS = 2;
    static final int MAX_SLOP = 5;
    static final int MAX_DEPTH = 10;

    private final String q;
    private int at;
    private int expanding;
    private long words;

    private SearchQueryBounds(String q) {
        this.q = q;
    }

    /** Passes a query within the bounds (or none); otherwise a 400 problem naming {@code q}. */
    static void check(String q) {
        if (q != null) {
            new SearchQueryBounds(q).scan();
        }
    }

    private void scan() {
        int depth = 0;
        while (at < q.length()) {
            char c = q.charAt(at);
            if (c == '(') {
                if (++depth > MAX_DEPTH) {
                    refuse("nests parentheses more than " + MAX_DEPTH + " deep");
                }
                at++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
                at++;
            } else if (c == '"') {
                phrase();
            } else if (Character.isWhitespace(c) || c == '+' || c == '|' || c == '-') {
                at++;
            } else {
                term();
            }
        }
        if (words > MAX_WORDS) {
            refuse("has more than " + MAX_WORDS + " words; search for fewer");
        }
    }

    /** A quoted phrase, and the slop ({@code ~N}) after it. */
    private void phrase() {
        int start = ++at;
        while (at < q.length() && q.charAt(at) != '"') {
            at += q.charAt(at) == '\\' ? 2 : 1;
        }
        words += words(q.substring(start, Math.min(at, q.length())));
        at++;
        if (at < q.length() && q.charAt(at) == '~') {
            at++;
            String digits = digits();
            if (!digits.isEmpty() && (digits.length() > 2 || Integer.parseInt(digits) > MAX_SLOP)) {
                refuse("allows at most " + MAX_SLOP + " words between the words of a phrase (\"…\"~" + MAX_SLOP + ")");
            }
        }
    }

    /** A word, as the parser reads it: up to white space or an operator; a trailing * or a ~ makes it expand. */
    private void term() {
        StringBuilder word = new StringBuilder();
        boolean prefix = false;
        while (at < q.length() && !ends(q.charAt(at))) {
            char c = q.charAt(at);
            if (c == '\\' && at + 1 < q.length()) {
                word.append(q.charAt(at + 1));
                at += 2;
                prefix = false;
                continue;
            }
            if (c == '~' && !word.isEmpty()) {
                at++;
                String digits = digits();
                while (at < q.length() && !ends(q.charAt(at))) {
                    at++;
                }
                if (!digits.isEmpty() && (digits.length() > 1 || Integer.parseInt(digits) > MAX_EDITS)) {
                    refuse("allows at most " + MAX_EDITS + " edits in a fuzzy word (word~" + MAX_EDITS + ")");
                }
                words += words(word);
                expands(word, "fuzzy word (word~)");
                return;
            }
            prefix = c == '*' && !word.isEmpty();
            if (!prefix) {
                word.append(c);
            }
            at++;
        }
        words += words(word);
        if (prefix) {
            expands(word, "prefix (word*)");
        }
    }

    private void expands(CharSequence word, String what) {
        if (word.codePoints().filter(Character::isLetterOrDigit).count() < MIN_EXPANDING_LENGTH) {
            refuse("needs at least " + MIN_EXPANDING_LENGTH + " letters or digits in a " + what);
        }
        if (++expanding > MAX_EXPANDING) {
            refuse("has more than " + MAX_EXPANDING + " fuzzy (word~) or prefix (word*) words");
        }
    }

    private String digits() {
        int start = at;
        while (at < q.length() && Character.isDigit(q.charAt(at))) {
            at++;
        }
        return q.substring(start, at);
    }

    private static boolean ends(char c) {
        return Character.isWhitespace(c) || c == '"' || c == '|' || c == '+' || c == '(' || c == ')';
    }

    /** Runs of letters and digits: what the analyzer turns into terms, whatever joins them. */
    private static long words(CharSequence text) {
        long words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean part = Character.isLetterOrDigit(text.charAt(i));
            if (part && !inWord) {
                words++;
            }
            inWord = part;
        }
        return words;
    }

    private static void refuse(String reason) {
        throw new InvalidInput("q", reason);
    }
}
