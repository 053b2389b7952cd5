package vn.coop.sangtao.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/**
 * One user at the web console in their own headless Chromium: signs in through identity, moves
 * between pages as a person would (links and buttons), and checks every page it lands on for
 * labelled inputs and unique ids.
 */
final class Console implements AutoCloseable {

    // a form's answer waits for the services, which share two cores with the whole suite in CI
    private static final Duration NEXT_PAGE = Duration.ofSeconds(30);

    private final Browser browser = new Browser(NEXT_PAGE);
    private final String address;

    private Console(String address) {
        this.address = address;
    }

    /** A fresh browser (no cookies), signed in as the user, on the home page. */
    static Console signedIn(String address, String username) {
        Console console = new Console(address);
        console.browser.open(address + "/");
        IdentityLogin.signIn(console.browser.driver(), username, E2eSuite.PASSWORD);
        console.browser.waitFor(By.id("main"));
        console.checkPage();
        return console;
    }

    void visit(String path) {
        browser.open(address + path);
        browser.waitFor(By.id("main"));
        checkPage();
    }

    void follow(String linkText) {
        leavePageBy(browser.waitFor(By.linkText(linkText)));
    }

    void fill(String name, String value) {
        WebElement field = browser.waitFor(By.name(name));
        field.clear();
        field.sendKeys(value);
    }

    /** Sets a date input to an ISO date, which the browser shows as dd/mm/yyyy. */
    void date(String name, String isoDate) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.waitFor(By.name(name)), isoDate);
    }

    /**
     * Picks a unit the way people do among hundreds: types words of its name into the picker's search box,
     * waits until the list below (narrowed by htmx as they type) offers it, and chooses it.
     */
    void pick(String id, String words, String unitName) {
        WebElement search = browser.waitFor(By.id(id + "-search"));
        search.clear();
        search.sendKeys(words);
        By offered = By.xpath("//select[@id='" + id + "']/option[starts-with(normalize-space(), '" + unitName + " (')]");
        new WebDriverWait(browser.driver(), NEXT_PAGE).until(ExpectedConditions.presenceOfElementLocated(offered));
        new Select(browser.driver().findElement(By.id(id))).selectByVisibleText(
                browser.driver().findElement(offered).getText());
    }

    void choose(String id, String visibleText) {
        new Select(browser.waitFor(By.id(id))).selectByVisibleText(visibleText);
    }

    /** Clicks the button with this text and waits for the page the form leads to. */
    void press(String buttonText) {
        leavePageBy(browser.waitFor(By.xpath("//button[normalize-space()='" + buttonText + "']")));
    }

    /** Clicks, then waits until the next page has replaced this one (a form's answer is a redirect). */
    private void leavePageBy(WebElement clickable) {
        WebElement page = browser.driver().findElement(By.tagName("html"));
        clickable.click();
        new WebDriverWait(browser.driver(), NEXT_PAGE).until(ExpectedConditions.stalenessOf(page));
        browser.waitFor(By.id("main"));
        checkPage();
    }

    String heading() {
        return browser.waitFor(By.tagName("h1")).getText();
    }

    String mainText() {
        return browser.waitFor(By.id("main")).getText();
    }

    String valueOf(String name) {
        return browser.waitFor(By.name(name)).getDomProperty("value");
    }

    String path() {
        return browser.driver().getCurrentUrl().substring(address.length());
    }

    /** Screenshots of the page as it is, at desktop width and at 360 px. */
    void shoot(String name) {
        browser.screenshotsBoth(name);
    }

    private void checkPage() {
        Accessibility.assertAccessible(browser.driver());
    }

    @Override
    public void close() {
        browser.close();
    }
}
