package io.quire.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/**
 * The Chromium and chromedriver that the operating system installed (Debian's {@code chromium}
 * and {@code chromium-driver} packages), started headless with a fresh profile. Both paths are
 * given to Selenium explicitly, so Selenium Manager never looks for, or downloads, a browser.
 */
public final class Chromium implements AutoCloseable {

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "chromium", "chromium-browser");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "chromedriver");

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(Path browser, Path chromedriver) throws IOException {
        profile = Files.createTempDirectory("quire-chromium-");
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(browser.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--window-size=1280,1600",
                        "--user-data-dir=" + profile);
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            deleteProfile();
            throw e;
        }
    }

    /** Why the browser tests cannot run here, or empty when Chromium and chromedriver are installed. */
    public static Optional<String> missing() {
        if (find(BROWSERS).isEmpty()) {
            return Optional.of("Chromium is not installed (apt-get install chromium chromium-driver)");
        }
        if (find(DRIVERS).isEmpty()) {
            return Optional.of("chromedriver is not installed (apt-get install chromium-driver)");
        }
        return Optional.empty();
    }

    public static Chromium start() throws IOException {
        return new Chromium(find(BROWSERS).orElseThrow(), find(DRIVERS).orElseThrow());
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteProfile();
        }
    }

    /** The first candidate that is an executable file: an absolute path as is, a name looked up on the PATH. */
    private static Optional<Path> find(List<String> candidates) {
        String[] path = System.getenv().getOrDefault("PATH", "").split(File.pathSeparator);
        return candidates.stream()
                .flatMap(candidate -> candidate.startsWith("/")
                        ? Stream.of(Path.of(candidate))
                        : Stream.of(path).filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, candidate)))
                .filter(Files::isExecutable)
                .filter(Files::isRegularFile)
                .findFirst();
    }

    /** Best effort: a browser process still writing as it ends must not fail the test; the rest is in /tmp. */
    private void deleteProfile() {
        try {
            FileSystemUtils.deleteRecursively(profile);
        } catch (IOException e) {
            profile.toFile().deleteOnExit();
        }
    }
}
