package vn.coop.sangtao.console.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the current page with one query parameter changed, keeping the others: the next page of
 * a search keeps its words and filters, and switching language stays on the same page. Templates
 * read it as the model attribute {@code links}.
 */
@Component
public class Links {

    public String with(String param, Object value) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        String query = request.getQueryString();
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(query)
                .replaceQueryParam(param, value)
                .build()
                .toUriString();
    }
}
