package ua.uchast.identity.web;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ua.uchast.identity.boundary.ResidentPrincipal;
import ua.uchast.platform.web.ReturnAddress;

/**
 * Where the identity provider sends the resident back. Soteria's mechanism has already handled the code by the time
 * this runs: a signed-in resident goes back to the page that sent them to sign in, else to their page; a refusal
 * (error=access_denied) or a return without a usable code ends on the sign-in problem page, with the attempt's
 * session discarded.
 */
@WebServlet(ResidentAuthentication.CALLBACK_PATH)
public class ResidentCallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.isUserInRole(ResidentPrincipal.ROLE)) {
            response.sendRedirect(ReturnAddress.take(request, ResidentSignInGate.RETURN_ADDRESS,
                    request.getContextPath() + ResidentAuthentication.RESIDENT_PATH));
        } else {
            ResidentAuthentication.refuse(request, response,
                    "access_denied".equals(request.getParameter("error")) ? SignInProblem.DENIED : SignInProblem.FAILED);
        }
    }
}
