package io.quire.media;

/** A client's file name made safe to keep and show: no folders, no control or direction characters, ≤ 255. */
final class Filenames {

    static final int MAX_LENGTH = 255;

    private Filenames() {}

    static String clean(String name) {
        String base = name == null ? "" : name;
        base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
        base = base.replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            return "image";
        }
        if (base.length() <= MAX_LENGTH) {
            return base;
        }
        int dot = base.lastIndexOf('.');
        String ext = dot > 0 && base.length() - dot <= 10 ? base.substring(dot) : "";
        return base.substring(0, MAX_LENGTH - ext.length()) + ext;
    }
}
