package vn.coop.sangtao.identity.security;

import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in page people see before the console: Vietnamese, or English when they chose English in
 * the console (its language cookie is readable here when both run on one host) or follow the page's
 * own link. It keeps the fields Spring Security's form login reads ({@code username},
 * {@code password}) and the hidden {@code _csrf} input that scripts read and post back.
 */
@Controller
class LoginPage {

	private static final Map<String, Map<String, String>> TEXT = Map.of("vi",
			Map.of("title", "Đăng nhập", "app", "Đoàn kết sáng tạo", "username", "Tên đăng nhập", "password",
					"Mật khẩu", "submit", "Đăng nhập", "error", "Tên đăng nhập hoặc mật khẩu không đúng.", "logout",
					"Bạn đã đăng xuất.", "other", "English", "otherLang", "en"),
			"en",
			Map.of("title", "Sign in", "app", "Solidarity and creativity", "username", "Username", "password",
					"Password", "submit", "Sign in", "error", "The username or password is wrong.", "logout",
					"You have signed out.", "other", "Tiếng Việt", "otherLang", "vi"));

	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="%1$s">
			<head>
			<meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<title>%2$s — %3$s</title>
			<style>
			body { margin: 0; font: 16px/1.5 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: #1b1f24; background: #f6f7f9; }
			header { background: #9b1c1c; color: #fff; padding: .75rem 1rem; font-weight: 700; font-size: 1.15rem; }
			main { max-width: 24rem; margin: 2rem auto; padding: 0 1rem; }
			form { display: grid; gap: .75rem; background: #fff; border: 1px solid #c9d1db; border-radius: 6px; padding: 1.25rem; }
			label { font-weight: 600; display: block; }
			input { font: inherit; padding: .5rem; border: 1px solid #7a8594; border-radius: 4px; width: 100%%; box-sizing: border-box; }
			button { font: inherit; padding: .6rem 1rem; border: 0; border-radius: 4px; background: #9b1c1c; color: #fff; cursor: pointer; }
			:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
			.alert { padding: .75rem 1rem; border-radius: 6px; margin-bottom: 1rem; }
			.error { background: #fdecec; color: #8a1111; }
			.ok { background: #e6f4ea; color: #14532d; }
			a { color: #0b4f9c; }
			</style>
			</head>
			<body>
			<header>%3$s</header>
			<main>
			<h1>%2$s</h1>
			%4$s
			<form method="post" action="login">
			<div><label for="username">%5$s</label><input id="username" name="username" autocomplete="username" required autofocus></div>
			<div><label for="password">%6$s</label><input id="password" name="password" type="password" autocomplete="current-password" required></div>
			<input type="hidden" name="%7$s" value="%8$s">
			<button type="submit">%9$s</button>
			</form>
			<p><a href="login?lang=%10$s" lang="%10$s">%11$s</a></p>
			</main>
			</body>
			</html>
			""";

	@GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String page(HttpServletRequest request, CsrfToken csrf, @RequestParam(required = false) String lang) {
		String language = language(request, lang);
		Map<String, String> text = TEXT.get(language);
		String notice = request.getParameter("error") != null
				? "<p class=\"alert error\" role=\"alert\">" + text.get("error") + "</p>"
				: request.getParameter("logout") != null ? "<p class=\"alert ok\" role=\"status\">" + text.get("logout") + "</p>"
						: "";
		return PAGE.formatted(language, text.get("title"), text.get("app"), notice, text.get("username"),
				text.get("password"), HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()),
				text.get("submit"), text.get("otherLang"), text.get("other"));
	}

	/** Vietnamese unless English was asked for on this page or chosen in the console. */
	private static String language(HttpServletRequest request, String lang) {
		if (lang != null) {
			return "en".equals(lang) ? "en" : "vi";
		}
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if ("sangtao-lang".equals(cookie.getName()) && cookie.getValue().startsWith("en")) {
					return "en";
				}
			}
		}
		return "vi";
	}

}
