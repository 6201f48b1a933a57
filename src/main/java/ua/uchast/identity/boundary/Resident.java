package ua.uchast.identity.boundary;

import java.io.Serializable;

/**
 * A signed-in resident as other components see them: an internal id, the keyed hash of their tax number (the same
 * person always gets the same key, whatever the channel) and a name to show. Never the tax number itself.
 */
public record Resident(Long id, String residentKey, String displayName) implements Serializable {
}
