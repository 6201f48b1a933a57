package ua.uchast.voting.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public ballot file of a cycle: one JSON line per ballot, in ballot-id order, each chained to the one before.
 * A line's content is {@code {"ballot":ID,"channel":WORD,"choices":CHOICES,"cycle":N}} (keys in order, no white space);
 * its {@code hash} is the SHA-256 (hex) of the previous line's hash followed by that content; the first line's
 * {@code prev} is the genesis value of the cycle. Anyone can check the chain and compare its last hash — the head — with
 * the one the hromada publishes.
 */
public final class BallotChain {

    private static final Pattern LINE = Pattern.compile("\\{\"ballot\":\"([0-9a-f]{32})\",\"channel\":\"(provider|signature|paper)\","
            + "\"choices\":(\\{[^}]*\\}),\"cycle\":(\\d{1,18}),\"hash\":\"([0-9a-f]{64})\",\"prev\":\"([0-9a-f]{64})\"\\}");

    /** One line as published. */
    public record Line(String ballotId, Channel channel, Choices choices, long cycleId, String hash, String prev) {

        public String content() {
            return contentOf(ballotId, channel, choices, cycleId);
        }

        public String text() {
            String content = content();
            return content.substring(0, content.length() - 1) + ",\"hash\":\"" + hash + "\",\"prev\":\"" + prev + "\"}";
        }
    }

    private BallotChain() {
    }

    public static String genesis(long cycleId) {
        return sha256("uchast ballot file of cycle " + cycleId);
    }

    /** The line for a ballot that follows a line whose hash is {@code prev}. */
    public static Line next(String prev, String ballotId, Channel channel, Choices choices, long cycleId) {
        return new Line(ballotId, channel, choices, cycleId, sha256(prev + contentOf(ballotId, channel, choices, cycleId)), prev);
    }

    /** A published line read back; empty when it is not in the published form. */
    public static Optional<Line> read(String text) {
        Matcher matcher = LINE.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Line(matcher.group(1), Channel.ofWord(matcher.group(2)), Choices.parse(matcher.group(3)),
                    Long.parseLong(matcher.group(4)), matcher.group(5), matcher.group(6)));
        } catch (IllegalArgumentException notCanonical) {
            return Optional.empty();
        }
    }

    /** Whether the line's hash is what its prev and content give. */
    public static boolean holds(Line line) {
        return MessageDigest.isEqual(line.hash().getBytes(StandardCharsets.US_ASCII),
                sha256(line.prev() + line.content()).getBytes(StandardCharsets.US_ASCII));
    }

    private static String contentOf(String ballotId, Channel channel, Choices choices, long cycleId) {
        return "{\"ballot\":\"" + ballotId + "\",\"channel\":\"" + channel.word() + "\",\"choices\":" + choices.canonical()
                + ",\"cycle\":" + cycleId + "}";
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
