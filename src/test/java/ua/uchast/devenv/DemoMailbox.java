package ua.uchast.devenv;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * For the run command: an SMTP server on loopback (GreenMail) that keeps the platform's mail on this machine and prints
 * each message to the console, so a demo shows what authors are told without sending anything anywhere.
 */
public final class DemoMailbox implements AutoCloseable {

    private final GreenMail server;
    private final Thread printer;

    private DemoMailbox(GreenMail server) {
        this.server = server;
        this.printer = new Thread(this::printIncoming, "demo-mailbox");
        printer.setDaemon(true);
        printer.start();
    }

    public static DemoMailbox start(int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, InetAddress.getLoopbackAddress().getHostAddress(),
                ServerSetup.PROTOCOL_SMTP));
        server.start();
        return new DemoMailbox(server);
    }

    public Map<String, String> asEnvironment() {
        return Map.of("UCHAST_SMTP_HOST", InetAddress.getLoopbackAddress().getHostAddress(), "UCHAST_SMTP_PORT",
                Integer.toString(server.getSmtp().getPort()), "UCHAST_SMTP_FROM", "uchast@demo.localhost");
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    private void printIncoming() {
        int printed = 0;
        while (!Thread.currentThread().isInterrupted()) {
            if (!server.waitForIncomingEmail(60_000, printed + 1)) {
                continue;
            }
            MimeMessage[] received = server.getReceivedMessages();
            for (; printed < received.length; printed++) {
                System.out.println(describe(received[printed]));
            }
        }
    }

    private static String describe(MimeMessage message) {
        try {
            return "\n  ✉ Demo mail to " + message.getAllRecipients()[0] + ": " + message.getSubject() + "\n" + message.getContent()
                    + "\n";
        } catch (MessagingException | IOException e) {
            return "\n  ✉ Demo mail (unreadable: " + e.getMessage() + ")\n";
        }
    }

    @Override
    public void close() {
        printer.interrupt();
        server.stop();
    }
}
