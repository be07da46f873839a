package dev.uapi.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.uapi.twofactor.ExternalTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

/**
 * A person in a real browser (Debian's chromium, headless, driven by its chromedriver) against the real
 * {@code bin/uapid}, with TwoFactorAuth loaded as the bundled plugin it is: signs in, enrolls on
 * TwoFactorAuth's own page by reading the key from the page and computing the code with oathtool, makes an API
 * token, signs out, and signs in again through the second step, where a wrong code and a replayed code are
 * refused; an address with another session's security token is denied. Each page is kept as a screenshot in
 * {@code target/screenshots}. Nothing is downloaded: the driver and the browser are given by path, so Selenium
 * Manager never runs.
 */
class SignInBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final Path ROOT = Path.of(System.getProperty("uapi.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path home;

    @TempDir
    Path profile;

    private SignInServer server;
    private WebDriver browser;
    private WebDriverWait wait;
    private ExternalTool oathtool;

    @BeforeEach
    void start() throws Exception {
        ExternalTool chromium = ExternalTool.locate("chromium", "chromium");
        ExternalTool driver = ExternalTool.locate("chromedriver", "chromium-driver");
        oathtool = ExternalTool.locate("oathtool", "oathtool");
        server = new SignInServer(ROOT, home, "alice");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.path().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1000,1100");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.path().toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            server.close();
        }
    }

    @Test
    void aPersonEnrollsSignsOutAndSignsInWithACode() throws Exception {
        browser.get(server.signInPage().toString());
        assertThat(browser.findElement(By.cssSelector("label[for=user]")).getText()).isEqualTo("Account name");
        screenshot("01-sign-in");
        signIn();
        wait.until(ExpectedConditions.urlMatches("/cpsess[0-9]{10}/$"));
        String home = browser.getCurrentUrl();
        screenshot("02-home");

        browser.findElement(By.linkText("Two-Factor Authentication")).click();
        WebElement setUp = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("set-up")));
        screenshot("03-two-factor-off");
        setUp.click();
        WebElement key = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("secret")));
        String secret = key.getText().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{16,}");
        assertThat(browser.findElement(By.id("qr")).getAttribute("src")).startsWith("data:image/png;base64,");
        String enrollmentCode = code(secret, "now");
        browser.findElement(By.id("tfa_token")).sendKeys(enrollmentCode);
        screenshot("04-two-factor-set-up");
        browser.findElement(By.cssSelector("#confirm button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-text"), "is on"));
        screenshot("05-two-factor-on");

        browser.get(home + "tokens.html");
        browser.findElement(By.id("name")).sendKeys("laptop");
        browser.findElement(By.cssSelector("#create button")).click();
        WebElement token = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-token")));
        assertThat(token.getText()).matches("[0-9A-Z]{32}");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens"), "laptop"));
        screenshot("06-api-tokens");

        browser.get(home + "password.html");
        browser.findElement(By.id("oldpass")).sendKeys(SignInServer.PASSWORD);
        browser.findElement(By.id("newpass")).sendKeys("a new long passphrase");
        browser.findElement(By.id("confirm")).sendKeys("a different one");
        browser.findElement(By.cssSelector("#change button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("confirm-error"), "differ"));
        screenshot("07-change-password");

        browser.get(home);
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "You signed out."));
        signIn();
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tfatoken")));
        assertThat(browser.findElement(By.cssSelector("label[for=tfatoken]")).getText()).isEqualTo("Security code");
        screenshot("08-second-step");

        field.sendKeys(wrongCode(secret));
        field.submit();
        assertThat(errorOfTheCodeField()).isEqualTo("The security code is invalid.");
        screenshot("09-second-step-wrong-code");

        browser.findElement(By.id("tfatoken")).sendKeys(enrollmentCode);
        browser.findElement(By.id("tfatoken")).submit();
        assertThat(errorOfTheCodeField()).as("the code used to enroll is used up").isEqualTo("The security code is invalid.");

        browser.findElement(By.id("tfatoken")).sendKeys(code(secret, "+30 seconds"));
        browser.findElement(By.id("tfatoken")).submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
        assertThat(browser.getCurrentUrl()).matches(".*/cpsess[0-9]{10}/$").isNotEqualTo(home);
        screenshot("10-home-after-the-code");

        String signedIn = browser.getCurrentUrl();
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("sign-out")).isDisplayed()).isTrue();
        screenshot("12-home-on-a-phone");

        String other = signedIn.replaceFirst("cpsess[0-9]{10}", signedIn.contains("cpsess0000000000")
                ? "cpsess1111111111" : "cpsess0000000000");
        browser.get(other);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Token Denied");
        screenshot("13-token-denied");
        assertThat(server.log()).doesNotContain(SignInServer.PASSWORD).doesNotContain(secret);
    }

    private void signIn() {
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user")));
        user.clear();
        user.sendKeys("alice");
        browser.findElement(By.id("pass")).sendKeys(SignInServer.PASSWORD);
        browser.findElement(By.id("submit")).click();
    }

    private String errorOfTheCodeField() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tfatoken-error"))).getText();
    }

    private String code(String secret, String when) {
        return oathtool.run(List.of("--totp", "--base32", "--now", when, secret)).strip();
    }

    /** A well-formed code that is none of the codes the server's window accepts now. */
    private String wrongCode(String secret) {
        Set<String> near = Set.of(code(secret, "-30 seconds"), code(secret, "now"), code(secret, "+30 seconds"),
                code(secret, "+60 seconds"));
        for (int candidate = 0; ; candidate++) {
            String wrong = String.format("%06d", candidate);
            if (!near.contains(wrong)) {
                return wrong;
            }
        }
    }

    private void screenshot(String name) throws IOException {
        Path shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
