package io.quire.demo;

import java.util.SplittableRandom;

/**
 * Markdown article bodies of a given length, using what editors write: paragraphs with
 * emphasis, inline code and links, section headings, bullet and numbered lists, quotes, and
 * now and then a table or a code block.
 */
final class SyntheticMarkdown {

    private final SplittableRandom random;
    private final StringBuilder text = new StringBuilder();
    private int words;

    private SyntheticMarkdown(SplittableRandom random) {
        this.random = random;
    }

    /** A body of about {@code targetWords} words (never fewer). */
    static String body(SplittableRandom random, int targetWords) {
        SyntheticMarkdown body = new SyntheticMarkdown(random);
        body.paragraph();
        while (body.words < targetWords) {
            body.block();
        }
        return body.text.toString().strip();
    }

    private void block() {
        int kind = random.nextInt(100);
        if (kind < 14) {
            heading();
        } else if (kind < 22) {
            list(false);
        } else if (kind < 26) {
            list(true);
        } else if (kind < 30) {
            quote();
        } else if (kind < 32) {
            table();
        } else if (kind < 33) {
            code();
        } else {
            paragraph();
        }
    }

    private void paragraph() {
        int sentences = 2 + random.nextInt(5);
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                text.append(' ');
            }
            richSentence();
        }
        text.append("\n\n");
    }

    private void richSentence() {
        int length = 6 + random.nextInt(18);
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                text.append(i > 3 && random.nextInt(12) == 0 ? ", " : " ");
            }
            String word = SyntheticText.word(random);
            if (i == 0) {
                word = SyntheticText.titleCase(word);
            }
            int style = random.nextInt(200);
            if (style < 8) {
                text.append("**").append(word).append("**");
            } else if (style < 14) {
                text.append('*').append(word).append('*');
            } else if (style < 16) {
                text.append('`').append(word).append('`');
            } else if (style < 19) {
                String other = SyntheticText.word(random);
                text.append('[')
                        .append(word)
                        .append(' ')
                        .append(other)
                        .append("](https://example.org/")
                        .append(word)
                        .append('-')
                        .append(other)
                        .append(')');
                words++;
            } else if (style < 20) {
                text.append("~~").append(word).append("~~");
            } else {
                text.append(word);
            }
            words++;
        }
        text.append('.');
    }

    private void heading() {
        text.append(random.nextInt(4) == 0 ? "### " : "## ")
                .append(SyntheticText.titleCase(phrase(2 + random.nextInt(4))))
                .append("\n\n");
    }

    private void list(boolean numbered) {
        int items = 3 + random.nextInt(4);
        for (int i = 1; i <= items; i++) {
            text.append(numbered ? i + ". " : "- ")
                    .append(SyntheticText.titleCase(phrase(3 + random.nextInt(8))))
                    .append('\n');
        }
        text.append('\n');
    }

    private void quote() {
        text.append("> ");
        richSentence();
        text.append("\n\n");
    }

    private void table() {
        text.append("| ")
                .append(SyntheticText.titleCase(SyntheticText.word(random)))
                .append(" | ")
                .append(SyntheticText.titleCase(SyntheticText.word(random)))
                .append(" | Change |\n")
                .append("|---|---:|---:|\n");
        int rows = 2 + random.nextInt(5);
        for (int i = 0; i < rows; i++) {
            text.append("| ")
                    .append(SyntheticText.titleCase(phrase(2)))
                    .append(" | ")
                    .append(random.nextInt(10_000))
                    .append(" | ")
                    .append(random.nextInt(41) - 20)
                    .append(" % |\n");
        }
        text.append('\n');
    }

    private void code() {
        text.append("```json\n{\"")
                .append(SyntheticText.word(random))
                .append("\": ")
                .append(random.nextInt(1000))
                .append(", \"")
                .append(SyntheticText.word(random))
                .append("\": true}\n```\n\n");
        words += 4;
    }

    private String phrase(int length) {
        StringBuilder phrase = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                phrase.append(' ');
            }
            phrase.append(SyntheticText.word(random));
        }
        words += length;
        return phrase.toString();
    }
}
