package vn.coop.sangtao.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A headless Chromium for the console's pages, in Vietnamese as its users have it. It runs Debian's
 * chromium and chromium-driver packages (.ci/run installs them): both paths are given to Selenium, so that
 * its Selenium Manager never tries to download a browser or a driver, which no machine of ours could.
 */
final class Browser implements AutoCloseable {

    static final Duration DEFAULT_PATIENCE = Duration.ofSeconds(10);
    // sizes of the page itself, as CSS sees them; the phone is the narrowest the officers are expected to use
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(360, 780);

    private final ChromeDriver driver;
    private final Duration patience;
    // Surefire runs in the module's folder, so this is deploy/e2e/screenshots
    private final Path screenshots = Path.of(System.getProperty("user.dir"), "screenshots");

    Browser() {
        this(DEFAULT_PATIENCE);
    }

    Browser(Duration patience) {
        this.patience = patience;
        Path chromedriver = locate("chromedriver", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(locate("chromium", "/usr/bin/chromium", "/usr/lib/chromium/chromium").toFile());
        options.addArguments(
                "--headless=new",
                // CI runs as root, where Chromium's sandbox refuses to start
                "--no-sandbox",
                // containers give /dev/shm a few megabytes, too few for rendering a page
                "--disable-dev-shm-usage",
                "--lang=vi-VN",
                "--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight());
        // the Accept-Language header, which picks the pages' language, follows this rather than --lang
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi-VN,vi"));
        driver = new ChromeDriver(service, options);
        try {
            desktop();
        } catch (RuntimeException e) {
            driver.quit();
            throw e;
        }
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    void desktop() {
        resize(DESKTOP);
    }

    void phone() {
        resize(PHONE);
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, patience).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Saves what the window shows as screenshots/NAME.png, for a person to look at. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page at desktop width and at a phone's, NAME-desktop.png and NAME-360.png; ends at desktop width. */
    List<Path> screenshotsBoth(String name) {
        try {
            desktop();
            Path wide = screenshot(name + "-desktop");
            phone();
            return List.of(wide, screenshot(name + "-360"));
        } finally {
            desktop();
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    /**
     * Gives the page SIZE to lay out in. The window's size counts the browser's bars, even headless, so the
     * window grows by what they take, until the page has the size: a screenshot taken before would show
     * the old layout squeezed or cut.
     */
    private void resize(Dimension size) {
        WebDriver.Window window = driver.manage().window();
        window.setSize(size);
        // polled often: each poll that finds the page too small resizes again, and the first one does
        new WebDriverWait(driver, patience).pollingEvery(Duration.ofMillis(50)).until(d -> {
            Dimension page = pageSize();
            if (page.equals(size)) {
                return true;
            }
            Dimension outer = window.getSize();
            window.setSize(new Dimension(outer.getWidth() + size.getWidth() - page.getWidth(),
                    outer.getHeight() + size.getHeight() - page.getHeight()));
            return false;
        });
    }

    private Dimension pageSize() {
        @SuppressWarnings("unchecked")
        List<Number> size = (List<Number>) driver.executeScript("return [window.innerWidth, window.innerHeight]");
        return new Dimension(size.get(0).intValue(), size.get(1).intValue());
    }

    /**
     * A program named by the system property sangtao.NAME or the variable SANGTAO_NAME, or else where
     * Debian installs it.
     */
    private static Path locate(String name, String... debianPaths) {
        Optional<String> configured = Optional.ofNullable(System.getProperty("sangtao." + name))
                .or(() -> Optional.ofNullable(System.getenv("SANGTAO_" + name.toUpperCase())));
        if (configured.isPresent()) {
            Path path = Path.of(configured.get());
            if (!Files.isExecutable(path)) {
                throw new IllegalStateException(name + " is set to " + path + ", which is no executable file");
            }
            return path;
        }
        return Stream.of(debianPaths).map(Path::of).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + name + " in " + String.join(", ", debianPaths)
                        + ": install Debian's chromium and chromium-driver (as .ci/run does) or set SANGTAO_"
                        + name.toUpperCase()));
    }
}
