package dev.tandem.web.setup;

import dev.tandem.application.SetupService;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Before setup, sends every page to the setup page; after setup, answers the setup page with
 * "not found", so it cannot be replayed to create another owner.
 */
@WebFilter(filterName = "FirstRunFilter", urlPatterns = "/*")
public class FirstRunFilter extends HttpFilter {

    static final String SETUP_PAGE = "/setup.xhtml";
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject
    SetupService setup;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        boolean onSetupPage = SETUP_PAGE.equals(path);
        if (setup.isComplete()) {
            if (onSetupPage) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        } else if (!onSetupPage && !path.startsWith(RESOURCES)) {
            response.sendRedirect(request.getContextPath() + SETUP_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
