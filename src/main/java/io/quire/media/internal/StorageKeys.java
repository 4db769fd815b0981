package io.quire.media.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Storage keys: 128 random bits in hex. They are what a public URL carries, so nobody can guess a file's URL
 * or learn it from the picture itself; the same bytes uploaded again find their key in the database.
 */
public final class StorageKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern NAME = Pattern.compile("(original|[1-9][0-9]{0,4})\\.(jpg|png|gif)");

    private StorageKeys() {}

    public static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public static boolean isValid(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** Whether this is the name of a file under a key: {@code original.jpg}, {@code 640.png}, ... */
    public static boolean isFileName(String name) {
        return name != null && NAME.matcher(name).matches();
    }
}
