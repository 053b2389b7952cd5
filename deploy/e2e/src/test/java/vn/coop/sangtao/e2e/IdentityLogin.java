package vn.coop.sangtao.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.fail;

/**
 * Signs in on the identity server's form login page, Spring Security's own or one of ours: both have
 * fields named username and password and a submit button, whatever else they show.
 */
final class IdentityLogin {

    private static final By USERNAME = By.name("username");
    private static final By PASSWORD = By.name("password");
    // a button with no type submits its form too
    private static final By SUBMIT = By.cssSelector("button[type=submit], button:not([type]), input[type=submit]");
    private static final By ERROR = By.cssSelector("[role=alert], .alert, .error");

    private IdentityLogin() {
    }

    static void signIn(WebDriver driver, String username, String password) {
        signIn(driver, username, password, Browser.DEFAULT_PATIENCE);
    }

    /**
     * Fills in and submits the form, once the browser has reached it (a console sends it there through a
     * redirect or two), and returns once the browser has left it; fails if the form came back instead.
     */
    static void signIn(WebDriver driver, String username, String password, Duration patience) {
        WebDriverWait wait = new WebDriverWait(driver, patience);
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
        WebElement form = user.findElement(By.xpath("./ancestor::form"));
        String loginPage = withoutQuery(driver.getCurrentUrl());
        user.clear();
        user.sendKeys(username);
        WebElement secret = form.findElement(PASSWORD);
        secret.clear();
        secret.sendKeys(password);
        form.findElement(SUBMIT).click();

        // a refused sign-in comes back to the same page (Spring's adds ?error), where the form shows again
        wait.until(ExpectedConditions.stalenessOf(form));
        wait.until(d -> !withoutQuery(d.getCurrentUrl()).equals(loginPage) || !d.findElements(USERNAME).isEmpty());
        if (withoutQuery(driver.getCurrentUrl()).equals(loginPage)) {
            String shown = driver.findElements(ERROR).stream().map(WebElement::getText)
                    .filter(text -> !text.isBlank()).collect(Collectors.joining(" / "));
            fail("signing in as %s was refused at %s%s", username, driver.getCurrentUrl(),
                    shown.isEmpty() ? "" : ": " + shown);
        }
    }

    private static String withoutQuery(String url) {
        return url.replaceFirst("[?#].*$", "");
    }
}
