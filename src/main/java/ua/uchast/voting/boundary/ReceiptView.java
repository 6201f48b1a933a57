package ua.uchast.voting.boundary;

import ua.uchast.voting.entity.Channel;
import ua.uchast.voting.entity.Choices;

/**
 * What a receipt code shows: that the ballot is in the box, what it chose and how it came; once voting has closed,
 * its line in the ballot file and that line's hash (null before).
 */
public record ReceiptView(Long cycleId, String ballotId, Choices choices, Channel channel, Long line, String lineHash) {
}
