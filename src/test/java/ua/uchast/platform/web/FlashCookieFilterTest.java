package ua.uchast.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

class FlashCookieFilterTest {

    private static final String THIS = "process-a";

    @Test
    void aFlashCookieWrittenByAnotherProcessOrByNoneKnownIsHiddenTheOtherCookiesStay() {
        HttpServletRequest fromAnother = request(new Cookie("JSESSIONID", "s1"), new Cookie(FlashCookieFilter.FLASH_COOKIE, "x"),
                new Cookie(FlashCookieFilter.WRITER_COOKIE, "process-b"));
        assertEquals(List.of("JSESSIONID", FlashCookieFilter.WRITER_COOKIE), names(FlashCookieFilter.readable(fromAnother, THIS)));

        HttpServletRequest unmarked = request(new Cookie(FlashCookieFilter.FLASH_COOKIE, "x"));
        assertEquals(List.of(), names(FlashCookieFilter.readable(unmarked, THIS)));
    }

    @Test
    void aFlashCookieThisProcessWroteAndRequestsWithoutOneAreLeftAlone() {
        HttpServletRequest ours = request(new Cookie(FlashCookieFilter.FLASH_COOKIE, "x"),
                new Cookie(FlashCookieFilter.WRITER_COOKIE, THIS));
        assertSame(ours, FlashCookieFilter.readable(ours, THIS));
        HttpServletRequest none = request();
        assertSame(none, FlashCookieFilter.readable(none, THIS));
    }

    @Test
    void everyFlashCookieGoesOutWithItsWriterWithTheSamePathAndLifetime() {
        List<Cookie> sent = new ArrayList<>();
        HttpServletResponse response = new FlashCookieFilter.MarkingResponse(response(sent), THIS);
        response.addCookie(new Cookie("other", "1"));
        Cookie flash = new Cookie(FlashCookieFilter.FLASH_COOKIE, "x");
        flash.setPath("/");
        flash.setMaxAge(0);
        response.addCookie(flash);

        assertEquals(List.of("other", FlashCookieFilter.FLASH_COOKIE, FlashCookieFilter.WRITER_COOKIE), names(sent));
        Cookie writer = sent.get(2);
        assertEquals(THIS, writer.getValue());
        assertEquals("/", writer.getPath());
        assertEquals(0, writer.getMaxAge(), "a flash cookie taken back takes its writer with it");
    }

    private static List<String> names(HttpServletRequest request) {
        return names(Arrays.asList(request.getCookies()));
    }

    private static List<String> names(List<Cookie> cookies) {
        return cookies.stream().map(Cookie::getName).toList();
    }

    private static HttpServletRequest request(Cookie... cookies) {
        return (HttpServletRequest) Proxy.newProxyInstance(FlashCookieFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getCookies" -> cookies.length == 0 ? null : cookies;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static HttpServletResponse response(List<Cookie> sent) {
        return (HttpServletResponse) Proxy.newProxyInstance(FlashCookieFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("addCookie")) {
                        sent.add((Cookie) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
