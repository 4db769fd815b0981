package io.quire.feed;

/** Text made safe for XML 1.0: characters it cannot carry at all (most control characters) are dropped. */
final class XmlText {

    private XmlText() {}

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            int c = text.codePointAt(i);
            boolean allowed = c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || c >= 0x20 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD
                    || c >= 0x10000 && c <= 0x10FFFF;
            if (!allowed && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (allowed && sb != null) {
                sb.appendCodePoint(c);
            }
            if (c >= 0x10000) {
                i++;
            }
        }
        return sb == null ? text : sb.toString();
    }
}
