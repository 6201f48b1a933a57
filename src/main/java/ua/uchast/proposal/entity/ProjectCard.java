package ua.uchast.proposal.entity;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import ua.uchast.platform.entity.Texts;
import ua.uchast.platform.entity.Violations;

/**
 * The rules of a project's card, as typed: lengths, the category and territory of the cycle, the map point, the estimate
 * and co-authors; on submission everything the commission needs must be there. A draft may still be incomplete.
 */
final class ProjectCard {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{5,30}");
    private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

    private ProjectCard() {
    }

    /** Throws {@code InvalidInputException} naming every field that is wrong. */
    static void check(ProjectForm form, CycleTerms terms, boolean forSubmission) {
        Violations violations = new Violations().requireText("title", form.getTitle(), Project.MAX_TITLE);
        if (form.getCategoryId() != null) {
            violations.require(terms.costRanges().containsKey(form.getCategoryId()), "categoryId", "proposal.unknownCategory");
        }
        if (form.getTerritoryId() != null) {
            violations.require(terms.territoryIds().contains(form.getTerritoryId()), "territoryId", "proposal.unknownTerritory");
        }
        optionalText(violations, "summary", form.getSummary(), Project.MAX_SUMMARY, forSubmission);
        optionalText(violations, "problem", form.getProblem(), Project.MAX_LONG_TEXT, forSubmission);
        optionalText(violations, "solution", form.getSolution(), Project.MAX_LONG_TEXT, forSubmission);
        optionalText(violations, "beneficiaries", form.getBeneficiaries(), Project.MAX_LONG_TEXT, forSubmission);
        optionalText(violations, "address", form.getAddress(), Project.MAX_ADDRESS, forSubmission);
        checkMapPoint(form.getLatitude(), form.getLongitude(), violations);
        Estimate.check(form.getEstimate(), form.getCategoryId() == null ? null : terms.costRanges().get(form.getCategoryId()),
                forSubmission, violations);
        checkCoAuthors(form.getCoAuthors(), violations);
        optionalText(violations, "contactEmail", form.getContactEmail(), Project.MAX_EMAIL, forSubmission);
        if (Texts.stripped(form.getContactEmail()) != null) {
            violations.require(EMAIL.matcher(form.getContactEmail().strip()).matches(), "contactEmail", "validation.email");
        }
        if (Texts.stripped(form.getContactPhone()) != null) {
            violations.require(PHONE.matcher(form.getContactPhone().strip()).matches(), "contactPhone", "validation.phone");
        }
        if (forSubmission) {
            violations.require(form.getCategoryId() != null, "categoryId", "validation.required")
                    .require(form.getTerritoryId() != null, "territoryId", "validation.required");
        }
        violations.throwIfAny();
    }

    /** A text that must be there on submission, and may be left empty in a draft; never too long. */
    static void optionalText(Violations violations, String field, String value, int maxLength, boolean required) {
        if (required || Texts.stripped(value) != null) {
            violations.requireText(field, value, maxLength);
        }
    }

    /** Both coordinates or neither, on the globe, to six decimals (about 10 cm). */
    private static void checkMapPoint(BigDecimal latitude, BigDecimal longitude, Violations violations) {
        violations.require((latitude == null) == (longitude == null), latitude == null ? "latitude" : "longitude",
                "proposal.mapPointIncomplete");
        if (latitude != null) {
            violations.require(latitude.abs().compareTo(MAX_LATITUDE) <= 0 && latitude.scale() <= 6, "latitude", "proposal.latitudeRange");
        }
        if (longitude != null) {
            violations.require(longitude.abs().compareTo(MAX_LONGITUDE) <= 0 && longitude.scale() <= 6, "longitude",
                    "proposal.longitudeRange");
        }
    }

    private static void checkCoAuthors(List<CoAuthorForm> coAuthors, Violations violations) {
        if (coAuthors.size() > Project.MAX_CO_AUTHORS) {
            violations.add("coAuthors", "proposal.tooManyCoAuthors", Project.MAX_CO_AUTHORS);
            return;
        }
        for (int i = 0; i < coAuthors.size(); i++) {
            CoAuthorForm coAuthor = coAuthors.get(i);
            if (!coAuthor.isBlank()) {
                violations.requireText("coAuthors[" + i + "].name", coAuthor.getName(), CoAuthor.MAX_NAME);
                optionalText(violations, "coAuthors[" + i + "].contact", coAuthor.getContact(), CoAuthor.MAX_CONTACT, false);
            }
        }
    }
}
