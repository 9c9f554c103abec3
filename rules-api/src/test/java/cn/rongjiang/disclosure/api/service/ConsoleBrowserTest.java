package cn.rongjiang.disclosure.api.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.rongjiang.disclosure.api.DisclosureApplication;
import cn.rongjiang.disclosure.api.DisclosureConfiguration;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * The console in a real browser (headless Chromium): each page, the form, a rule followed to its
 * cases, and an edit of the rule folder from a change to the console showing it, and from a broken
 * edit to the status page naming file and line. Screenshots go to rules-api/target/console-screenshots/
 * (and docs/console/ with -Dconsole.screenshots=docs). Without Chromium the
 * test skips, except in CI (env CI set), where it must run.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path RULES = copyRules();

    static final DropwizardAppExtension<DisclosureConfiguration> APP = new DropwizardAppExtension<>(
            DisclosureApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
            ConfigOverride.config("rules", RULES.toString()));

    private static WebDriver browser;

    private static Path copyRules() {
        try {
            return TestRules.copyInto(Files.createTempDirectory("console-browser"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void startBrowser() {
        boolean present = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (!present) {
            String ci = System.getenv("CI");
            if (ci != null && !ci.isBlank()) {
                throw new AssertionError("CI is set but " + CHROMIUM + " or " + CHROMEDRIVER
                        + " is missing: install the Debian packages chromium and chromium-driver (.ci/run does)");
            }
            Assumptions.abort("no headless Chromium here (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): the console's browser test is skipped; apt-get install chromium chromium-driver to run it");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1400",
                "--lang=zh-CN", "--disable-gpu");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(RULES.getParent())) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + APP.getLocalPort() + path;
    }

    @Test
    @Order(1)
    void theCatalogueLeadsToARuleAndItsCases() {
        browser.get(url("/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("规则目录");
        assertThat(browser.findElements(By.cssSelector("table.rules tr")).size()).isGreaterThan(40);
        screenshot("catalogue.png");

        browser.findElement(By.linkText("W-SECRET")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/rules/W-SECRET");
        List<WebElement> cases = browser.findElements(By.cssSelector("td.case-name"));
        assertThat(cases).isNotEmpty();
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("10-state-secrets.drl:", "rules/cases/");
        screenshot("rule.png");
    }

    @Test
    @Order(2)
    void theFormGivesTheDecisionAsACivilServantReadsIt() {
        browser.get(url("/try"));
        browser.findElement(By.id("title")).sendKeys("2022年9月城乡低保对象名单");
        new Select(browser.findElement(By.id("category"))).selectByValue("ASSISTANCE_LIST");
        new Select(browser.findElement(By.id("listStage"))).selectByValue("APPROVED");
        new Select(browser.findElement(By.id("assistanceType"))).selectByValue("DIBAO");
        browser.findElement(By.cssSelector("input[name=personalInfoFields][value=NAME]")).click();
        browser.findElement(By.cssSelector("input[name=personalInfoFields][value=ID_NUMBER]")).click();
        browser.findElement(By.id("separable")).click();
        browser.findElement(By.id("submit")).click();

        assertThat(browser.findElement(By.id("label")).getText()).isEqualTo("主动公开");
        assertThat(browser.findElement(By.id("reasons")).getText()).contains("P-SA-", "《");
        assertThat(browser.findElement(By.id("redactions")).getText()).contains("身份证");
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("2022年9月城乡低保对象名单");
        screenshot("try.png");

        // a reason's rule id leads to the rule
        browser.findElement(By.cssSelector("#reasons a")).click();
        assertThat(browser.getCurrentUrl()).contains("/rules/");
    }

    @Test
    @Order(3)
    void aPastedTextIsReadAndAHostileTitleStaysText() {
        browser.get(url("/try"));
        String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>会议纪要";
        browser.findElement(By.id("title")).sendKeys(hostile);
        browser.findElement(By.id("text")).sendKeys("★秘密★\n关于某专项工作的会议纪要\n此件不公开。");
        browser.findElement(By.id("submit")).click();

        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElements(By.cssSelector("main script, main img"))).isEmpty();
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo(hostile);
        assertThat(browser.findElement(By.id("label")).getText()).isEqualTo("不予公开");
        assertThat(browser.findElement(By.id("signals")).getText()).contains("secretLevel（密级）", "★秘密★");
        assertThat(browser.findElement(By.id("reasons")).getText()).contains("<script>alert('x')</script>");
        screenshot("try-text.png");
    }

    @Test
    @Order(4)
    void anEditGoesLiveAndABrokenEditIsShownWithFileAndLine() throws IOException {
        browser.get(url("/status"));
        assertThat(browser.findElement(By.id("active")).getText()).contains("正在使用的规则版本");

        Path file = RULES.resolve("disclosure/10-state-secrets.drl");
        String original = Files.readString(file, StandardCharsets.UTF_8);
        String edited = original.replace("级国家秘密，依法不予公开。", "级国家秘密，依法不予公开（经保密审查确认）。");
        assertThat(edited).isNotEqualTo(original);
        write(file, edited);
        assertThat(reload()).contains("ACTIVATED");
        browser.get(url("/rules/W-SECRET"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("依法不予公开（经保密审查确认）");
        browser.get(url("/status"));
        assertThat(browser.findElement(By.id("attempt")).getText()).contains("已启用新规则", "管理端口强制重新加载");
        screenshot("status.png");

        write(file, edited.replace("标注为{secretLevel}级", "标注为{secretLevle}级"));
        assertThat(reload()).contains("REJECTED");
        browser.get(url("/status"));
        assertThat(browser.findElement(By.id("attempt")).getText()).contains("未通过检查，继续使用原来的规则");
        assertThat(browser.findElement(By.id("problems")).getText()).contains("10-state-secrets.drl:16:", "{secretLevle}");
        screenshot("status-rejected.png");
        browser.get(url("/rules/W-SECRET"));
        assertThat(browser.findElement(By.tagName("body")).getText()).as("the previous rules keep serving")
                .contains("依法不予公开（经保密审查确认）");
    }

    private static String reload() {
        return new Http(APP.getAdminPort()).post("/tasks/reload-rules", null, new byte[0]).body();
    }

    private static void write(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * target/console-screenshots/NAME on every run; also docs/console/NAME (committed, shown by
     * docs/console.md) when run with -Dconsole.screenshots=docs, so a plain build leaves the tree clean.
     */
    private static void screenshot(String name) {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        assertThat(png.length).as("a screenshot of " + name).isGreaterThan(10_000);
        Path project = TestRules.folder().getParent();
        List<Path> dirs = "docs".equals(System.getProperty("console.screenshots"))
                ? List.of(project.resolve("rules-api/target/console-screenshots"), project.resolve("docs/console"))
                : List.of(project.resolve("rules-api/target/console-screenshots"));
        try {
            for (Path dir : dirs) {
                Files.createDirectories(dir);
                Files.write(dir.resolve(name), png);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
