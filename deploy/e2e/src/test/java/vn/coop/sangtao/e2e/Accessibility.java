package vn.coop.sangtao.e2e;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two accessibility faults a page can have without anyone seeing them: a form control that a screen
 * reader announces with no name, and an id used twice (a label or aria reference then points at whichever
 * comes first). Hidden controls count too: a step of a form shown later is read out just the same.
 */
final class Accessibility {

    // Runs in the page: the DOM knows each control's labels (for= and enclosing) as the browser resolved them.
    private static final String PROBLEMS = """
            const skipped = ['hidden', 'submit', 'button', 'reset', 'image'];
            const hasText = element => element !== null && element.textContent.trim() !== '';
            const named = control => {
                if ((control.getAttribute('aria-label') || '').trim() !== '') {
                    return true;
                }
                const ids = (control.getAttribute('aria-labelledby') || '').trim().split(/\\s+/).filter(id => id);
                if (ids.length > 0 && ids.every(id => document.getElementById(id) !== null)
                        && ids.some(id => hasText(document.getElementById(id)))) {
                    return true;
                }
                return Array.from(control.labels || []).some(hasText);
            };
            const describe = control => control.tagName.toLowerCase()
                    + (control.id ? '#' + control.id : '')
                    + (control.name ? '[name=' + control.name + ']' : '')
                    + (control.tagName === 'INPUT' ? '[type=' + control.type + ']' : '');
            const problems = Array.from(document.querySelectorAll('input, select, textarea'))
                    .filter(control => control.tagName !== 'INPUT' || !skipped.includes(control.type))
                    .filter(control => !named(control))
                    .map(control => 'no label: ' + describe(control));
            const counts = new Map();
            document.querySelectorAll('[id]').forEach(element => {
                if (element.id !== '') {
                    counts.set(element.id, (counts.get(element.id) || 0) + 1);
                }
            });
            counts.forEach((count, id) => {
                if (count > 1) {
                    problems.push('id used ' + count + ' times: ' + id);
                }
            });
            return problems;
            """;

    private Accessibility() {
    }

    static void assertAccessible(WebDriver driver) {
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) ((JavascriptExecutor) driver).executeScript(PROBLEMS);
        String url = driver.getCurrentUrl();
        assertThat(problems)
                .withFailMessage(() -> "%s has %d accessibility problem(s):%n  %s"
                        .formatted(url, problems.size(), String.join(System.lineSeparator() + "  ", problems)))
                .isEmpty();
    }
}
